package se.helhet.investigation;

/** A proposed decision as typed; any part may still be missing until it is submitted. */
record ProposalInput(String outcome, String interventionCode, String reasons) {
}
