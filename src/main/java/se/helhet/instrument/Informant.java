package se.helhet.instrument;

/** Who answered the questionnaire; the SDQ bands differ per informant. */
public enum Informant {
    PARENT,
    TEACHER,
    /** The young person (SDQ self-report, ages 11-17). */
    SELF
}
