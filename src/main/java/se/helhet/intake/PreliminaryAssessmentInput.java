package se.helhet.intake;

/** A preliminary assessment as typed; {@code decidedOn} empty means today. */
record PreliminaryAssessmentInput(String outcome, String level, String decidedOn, String openIntervention,
                                         String linkedActor, String transferredTo, String reasoning) {
}
