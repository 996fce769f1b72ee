package se.helhet.investigation;

/** A decision as typed; {@code decidedOn} empty means today. */
public record DecisionInput(String outcome, String interventionCode, String reasons, String decidedOn) {
}
