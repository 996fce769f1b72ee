package se.helhet.instrument;

/** AUDIT and DUDIT have Swedish cut-offs by sex. */
public enum Sex {
    FEMALE,
    MALE
}
