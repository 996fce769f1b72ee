package se.helhet.sip;

import java.util.List;

/**
 * Where a plan stands. Offered, then the person accepts or declines; an accepted plan is held at a meeting, and a
 * held one is followed up. Declined and followed up are final.
 */
enum SipState {
    OFFERED(List.of(SipStep.ACCEPT, SipStep.DECLINE)),
    ACCEPTED(List.of(SipStep.HOLD)),
    DECLINED(List.of()),
    HELD(List.of(SipStep.FOLLOW_UP)),
    FOLLOWED_UP(List.of());

    private final List<SipStep> nextSteps;

    SipState(List<SipStep> nextSteps) {
        this.nextSteps = nextSteps;
    }

    public List<SipStep> nextSteps() {
        return nextSteps;
    }

    public boolean isFinal() {
        return nextSteps.isEmpty();
    }
}
