package se.helhet.intake;

public enum ReportKind {
    CONCERN_REPORT,
    /** From a guardian or the young person: goes straight to investigation, no preliminary assessment. */
    APPLICATION,
    OTHER_REQUEST
}
