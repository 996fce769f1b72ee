package se.helhet.sip;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import se.helhet.platform.ConflictException;
import se.helhet.platform.FieldProblem;
import se.helhet.platform.InvalidInputException;

/**
 * One coordinated individual plan for a person. Each step is a verb that checks where the plan stands and refuses,
 * in words a social worker understands, what does not follow; it returns the plan as it is after the step. What the
 * meeting agreed ({@link Meeting}) is null until the plan is held, the follow-up until it is followed up.
 */
record Sip(UUID id, SipKind kind, UUID personId, UUID matterId, UUID unitId, String unitName, UUID coordinatorId,
           String coordinatorName, SipState state, LocalDate offeredOn, LocalDate acceptedOn, LocalDate declinedOn,
           String declinedReason, Meeting meeting, FollowUp followUp, List<Participant> participants) {

    /**
     * The meeting: when it was held, the person's needs and goals in their own words, who does what by when, the
     * day set for the follow-up, and the participants added at the meeting to those invited.
     */
    record Meeting(LocalDate heldOn, String needs, String goals, List<SipAction> actions, LocalDate followUpOn,
                   List<Participant> added) {
        Meeting {
            actions = List.copyOf(actions);
            added = List.copyOf(added);
        }
    }

    record FollowUp(LocalDate on, String outcome) {
    }

    Sip {
        participants = List.copyOf(participants);
    }

    Sip accept(LocalDate on) {
        answerable();
        return new Sip(id, kind, personId, matterId, unitId, unitName, coordinatorId, coordinatorName, SipState.ACCEPTED,
                offeredOn, notBefore(on, offeredOn), null, null, null, null, participants);
    }

    Sip decline(LocalDate on, String reason) {
        answerable();
        return new Sip(id, kind, personId, matterId, unitId, unitName, coordinatorId, coordinatorName, SipState.DECLINED,
                offeredOn, null, notBefore(on, offeredOn), reason, null, null, participants);
    }

    Sip hold(Meeting held) {
        switch (state) {
            case OFFERED -> throw new ConflictException("sip.conflict.holdBeforeAccepted");
            case DECLINED -> throw new ConflictException("sip.conflict.holdDeclined");
            case HELD, FOLLOWED_UP -> throw new ConflictException("sip.conflict.alreadyHeld");
            case ACCEPTED -> { }
        }
        notBefore(held.heldOn(), acceptedOn, "heldOn");
        if (!held.followUpOn().isAfter(held.heldOn())) {
            throw new InvalidInputException(List.of(new FieldProblem("followUpOn", "sip.problem.followUpOn.beforeMeeting",
                    held.heldOn().toString())));
        }
        return new Sip(id, kind, personId, matterId, unitId, unitName, coordinatorId, coordinatorName, SipState.HELD,
                offeredOn, acceptedOn, null, null, held, null, participants);
    }

    Sip followUp(LocalDate on, String outcome) {
        if (state != SipState.HELD) {
            throw new ConflictException(state == SipState.FOLLOWED_UP ? "sip.conflict.alreadyFollowedUp"
                    : "sip.conflict.followUpBeforeHeld");
        }
        notBefore(on, meeting.heldOn(), "date");
        return new Sip(id, kind, personId, matterId, unitId, unitName, coordinatorId, coordinatorName,
                SipState.FOLLOWED_UP, offeredOn, acceptedOn, null, null, meeting, new FollowUp(on, outcome), participants);
    }

    /** Everyone taking part: those invited and those added at the meeting. */
    List<Participant> everyone() {
        if (meeting == null) {
            return participants;
        }
        return java.util.stream.Stream.concat(participants.stream(), meeting.added().stream()).toList();
    }

    private void answerable() {
        if (state != SipState.OFFERED) {
            throw new ConflictException("sip.conflict.alreadyAnswered");
        }
    }

    private static LocalDate notBefore(LocalDate on, LocalDate earlier) {
        return notBefore(on, earlier, "date");
    }

    private static LocalDate notBefore(LocalDate on, LocalDate earlier, String field) {
        if (on.isBefore(earlier)) {
            throw new InvalidInputException(List.of(new FieldProblem(field, "sip.problem.date.beforeLastStep",
                    earlier.toString())));

        }
        return on;
    }
}
