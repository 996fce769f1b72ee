package se.helhet.demo;

/** The tables the demo fills, in an order that satisfies their foreign keys, with the columns it writes. */
enum Table {
    UNIT("unit", "id, code, name, kind"),
    AREA("area", "id, code, name, kind"),
    APP_USER("app_user", "id, username, display_name, password_hash, roles, may_see_protected, enabled"),
    USER_UNIT("user_unit", "user_id, unit_id"),
    FORUM("forum", "id, name, unit_id, area_id, serves, recurrence, schedule, created_by"),
    FORUM_MEETING("forum_meeting", "id, forum_id, held_on, notes, recorded_by"),
    FORUM_PARTICIPANT("forum_participant", "meeting_id, position, staff_id, actor_kind, name, role"),
    FORUM_CONSULTATION("forum_consultation", "id, meeting_id, age_group, brought_by, question, advice, actions, "
            + "follow_up_by, follow_up_on"),
    PERSON("person", "id, personal_identity_number, coordination_number, reserve_number, given_name, "
            + "family_name, search_name, birth_date, protected_identity, address, postal_code, city, phone, "
            + "language, interpreter_needed"),
    PERSON_AREA("person_area", "person_id, area_id, from_date"),
    PERSON_RELATION("person_relation", "person_id, related_person_id, type, from_date"),
    PERSON_UNIT("person_unit", "person_id, unit_id, since"),
    MATTER("matter", "id, kind, person_id, unit_id, opened_at, closed_on, closing_reason, level, responsible_worker_id, "
            + "area_id_at_start, age_at_start, reopened, created_by"),
    MATTER_LEVEL_CHANGE("matter_level_change", "matter_id, level, changed_at, changed_by, reason"),
    REPORT("report", "id, kind, received_at, reporter_category, anonymous, reporter_name, reporter_organisation, "
            + "reporter_contact, concern_reasons, description, registered_by, registered_at"),
    REPORT_CHILD("report_child", "report_id, child_id, matter_id, known_before"),
    PROTECTION_ASSESSMENT("protection_assessment", "report_id, child_id, assessed_at, "
            + "immediate_protection_needed, reasoning, assessed_by"),
    PRELIMINARY_ASSESSMENT("preliminary_assessment", "report_id, child_id, decided_on, outcome, level, "
            + "open_intervention, transferred_to, reasoning, decided_by, recorded_at"),
    INVESTIGATION("investigation", "id, matter_id, report_id, level, level_when_opened, opened_on, legal_due, investigator_id, "
            + "closed_on, recorded_at, communicated_on"),
    INVESTIGATION_EXTENSION("investigation_extension", "investigation_id, previous_due, new_due, reason, "
            + "decided_by, decided_at"),
    DECISION("decision", "id, investigation_id, matter_id, outcome, intervention_code, reasons, decided_on, "
            + "decided_by, appealable, letter, recorded_at"),
    REPORTER_FEEDBACK("reporter_feedback", "report_id, given, status, letter, reason, recorded_by, recorded_at"),
    CASE_NOTE("case_note", "id, matter_id, type, occurred_on, minutes_spent, text, child_informed, child_views, "
            + "no_conversation_reason, school_name, author_id, created_at, signed_at"),
    INTERVENTION("intervention", "id, matter_id, child_id, code, provider_kind, provider_name, responsible_worker_id, "
            + "goals, decision_id, decided_on, state, offered_on, accepted_on, declined_on, started_on, completed_on, "
            + "ended_early_on, reason, offered_by"),
    INTERVENTION_STEP("intervention_step", "intervention_id, state, on_date, reason, recorded_at, recorded_by"),
    REFERRAL("referral", "id, matter_id, report_id, actor_kind, actor_name, purpose, referred_on, referred_by, "
            + "recorded_at"),
    REFERRAL_FOLLOW_UP("referral_follow_up", "id, referral_id, followed_up_on, help_received, help_received_on, "
            + "note, recorded_by, recorded_at");

    private final String tableName;
    private final String columns;

    Table(String tableName, String columns) {
        this.tableName = tableName;
        this.columns = columns;
    }

    /** The case history's tables, after the people they concern. */
    boolean caseHistory() {
        return compareTo(MATTER) >= 0;
    }

    String copySql() {
        return "COPY " + tableName + " (" + columns + ") FROM STDIN (FORMAT csv)";
    }
}
