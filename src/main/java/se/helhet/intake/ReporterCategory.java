package se.helhet.intake;

/** Who reported; whether the reporter is anonymous is a separate flag. */
public enum ReporterCategory {
    SCHOOL,
    PRESCHOOL,
    /** Including child health centres and child and adolescent psychiatry. */
    HEALTH_CARE,
    POLICE,
    SOCIAL_SERVICES,
    OTHER_AUTHORITY,
    PRIVATE_PERSON,
    CHILD,
    GUARDIAN;

    /** Professionals are entitled to feedback on what became of their report. */
    public boolean professional() {
        return switch (this) {
            case SCHOOL, PRESCHOOL, HEALTH_CARE, POLICE, SOCIAL_SERVICES, OTHER_AUTHORITY -> true;
            case PRIVATE_PERSON, CHILD, GUARDIAN -> false;
        };
    }

    public boolean schoolOrPreschool() {
        return this == SCHOOL || this == PRESCHOOL;
    }
}
