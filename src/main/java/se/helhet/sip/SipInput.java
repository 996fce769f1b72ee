package se.helhet.sip;

import java.util.List;
import java.util.UUID;

/** What the API and the pages send, as typed: read and checked by {@link SipRules}. */
final class SipInput {

    private SipInput() {
    }

    record SipOffer(String kind, UUID personId, UUID matterId, UUID unitId, String offeredOn,
                 List<SipParticipantInput> participants) {
    }

    /** A unit by id, or an actor outside social services by kind and name. */
    record SipParticipantInput(UUID unitId, String actorKind, String actorName) {
    }

    record SipAnswer(String date, String reason) {
    }

    record SipHold(String heldOn, String needs, String goals, List<SipActionInput> actions, String followUpOn,
                List<SipParticipantInput> participants) {
    }

    record SipActionInput(String who, String what, String byWhen) {
    }

    record SipFollowUp(String date, String outcome) {
    }
}
