package se.helhet.instrument;

/** AUDIT and DUDIT have Swedish cut-offs by sex. */
enum Sex {
    FEMALE,
    MALE
}
