package se.helhet.demo;

/** The tables the demo fills, in an order that satisfies their foreign keys, with the columns it writes. */
enum Table {
    UNIT("unit", "id, code, name, kind"),
    AREA("area", "id, code, name, kind"),
    APP_USER("app_user", "id, username, display_name, password_hash, roles, may_see_protected, enabled"),
    USER_UNIT("user_unit", "user_id, unit_id"),
    PERSON("person", "id, personal_identity_number, coordination_number, reserve_number, given_name, "
            + "family_name, search_name, birth_date, protected_identity, address, postal_code, city, phone, "
            + "language, interpreter_needed"),
    PERSON_AREA("person_area", "person_id, area_id, from_date"),
    PERSON_RELATION("person_relation", "person_id, related_person_id, type, from_date"),
    PERSON_UNIT("person_unit", "person_id, unit_id, since");

    private final String tableName;
    private final String columns;

    Table(String tableName, String columns) {
        this.tableName = tableName;
        this.columns = columns;
    }

    String copySql() {
        return "COPY " + tableName + " (" + columns + ") FROM STDIN (FORMAT csv)";
    }
}
