package se.helhet.intake;

enum PreliminaryOutcome {
    /** Level orange or red. */
    OPEN_INVESTIGATION,
    /** Optionally with level blue or green, an open intervention or a link to another actor. */
    NO_INVESTIGATION,
    /** The report joins an investigation already running in the child's matter. */
    JOIN_INVESTIGATION,
    /** The child lives in another municipality. */
    TRANSFER
}
