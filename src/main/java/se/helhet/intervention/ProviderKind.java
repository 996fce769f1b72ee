package se.helhet.intervention;

/** Who gives the intervention (utförare): the department's own staff, a contracted provider, or civil society. */
enum ProviderKind {
    INTERNAL("egen regi"),
    EXTERNAL("extern utförare"),
    CIVIL_SOCIETY("civilsamhället");

    private final String swedishName;

    ProviderKind(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }
}
