package se.helhet.intake;

import se.helhet.referral.NewReferral;

/**
 * A preliminary assessment as typed; {@code decidedOn} empty means today. {@code referral}, when given with no
 * investigation, links the family over to another actor (it replaced the free text "slussas till").
 */
record PreliminaryAssessmentInput(String outcome, String level, String decidedOn, String openIntervention,
                                         NewReferral referral, String transferredTo, String reasoning) {

    boolean refers() {
        return referral != null && referral.given();
    }
}
