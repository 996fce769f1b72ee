package se.helhet.intervention;

/**
 * One step as typed: the date it happened (ÅÅÅÅ-MM-DD, today when empty), the version of the intervention
 * the user read, and for declining or ending early the reason.
 */
record StepInput(String date, Integer version, String reason) {
}
