package se.helhet.referral;

import java.time.LocalDate;

import se.helhet.common.ActorKind;
import se.helhet.platform.FieldProblems;

/** What a referral and a follow-up must say, every problem at once. */
final class ReferralRules {

    record Checked(ActorKind actorKind, String actorName, String purpose, LocalDate referredOn) {
    }

    private ReferralRules() {
    }

    /** Reads the referral into {@code problems}; the caller refuses when there are any. */
    static Checked check(NewReferral input, LocalDate today, FieldProblems problems) {
        ActorKind kind = problems.oneOf(ActorKind.class, input.actorKind(), "actorKind",
                "Välj vilken slags aktör familjen länkas till");
        String name = problems.required(input.actorName(), "actorName", "Ange aktörens namn", 300);
        String purpose = problems.required(input.purpose(), "purpose", "Ange vad familjen länkas över för", 2_000);
        LocalDate on = problems.happened(input.referredOn(), "referredOn", today);
        return new Checked(kind, name, purpose, on);
    }

    static Referral.FollowUp followUp(FollowUpInput input, Referral referral, LocalDate today, String by) {
        FieldProblems problems = new FieldProblems();
        LocalDate on = problems.happened(input.followedUpOn(), "followedUpOn", today);
        if (on != null && on.isBefore(referral.referredOn())) {
            problems.add("followedUpOn", "Uppföljningen kan inte vara före länkningen (" + referral.referredOn() + ")");
        }
        if (input.helpReceived() == null) {
            problems.add("helpReceived", "Ange om familjen har fått hjälpen");
        }
        LocalDate received = null;
        if (!FieldProblems.blank(input.helpReceivedOn())) {
            if (Boolean.FALSE.equals(input.helpReceived())) {
                problems.add("helpReceivedOn", "Ange bara datum när familjen har fått hjälpen");
            } else {
                received = problems.date(input.helpReceivedOn(), "helpReceivedOn");
                if (received != null && (received.isBefore(referral.referredOn()) || on != null && received.isAfter(on))) {
                    problems.add("helpReceivedOn", "Datumet ska ligga mellan länkningen och uppföljningen");
                }
            }
        }
        String note = problems.text(input.note(), "note", 2_000);
        problems.refuseIfAny();
        return new Referral.FollowUp(on, input.helpReceived(), received, note, by);
    }
}
