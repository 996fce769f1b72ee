package se.helhet.routine;

/**
 * When a stop falls due: within a number of working days of the family's matching, or before an event in one of
 * the family's matters. The message bundle has the Swedish names (gate.&lt;NAME&gt;).
 */
enum Gate {
    WITHIN_WORKING_DAYS,
    BEFORE_INVESTIGATION_PLAN,
    BEFORE_DECISION,
    BEFORE_COMMISSIONING,
    AT_FOLLOW_UP;

    boolean event() {
        return this != WITHIN_WORKING_DAYS;
    }
}
