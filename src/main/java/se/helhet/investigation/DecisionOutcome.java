package se.helhet.investigation;

/** The name of a decision's {@link Decision.Outcome}, as it is stored, typed and sent. */
public enum DecisionOutcome {
    /** The intervention applied for or proposed is granted (bistånd beviljas). */
    GRANTED,
    /** Refused: the family may appeal. */
    NOT_GRANTED,
    /** The investigation ends without an intervention (no need found, or the family declines). */
    NO_INTERVENTION
}
