package se.helhet.investigation;

/** A decision as typed; {@code decidedOn} empty means today. */
record DecisionInput(String outcome, String interventionCode, String reasons, String decidedOn) {
}
