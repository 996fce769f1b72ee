package se.helhet.intake;

public enum ConcernReason {
    PARENT_ADDICTION,
    PARENT_MENTAL_ILLNESS,
    VIOLENCE_IN_FAMILY,
    NEGLECT,
    CHILD_BEHAVIOUR,
    CRIME,
    SCHOOL_PROBLEMS,
    HONOUR_RELATED,
    OTHER
}
