package se.helhet.instrument;

/** When in the work an instrument was given: change is measured between these. */
public enum TimePoint {
    START,
    END,
    FOLLOW_UP
}
