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
                "referral.problem.actorKind.missing");
        String name = problems.required(input.actorName(), "actorName", "referral.problem.actorName.missing", 300);
        String purpose = problems.required(input.purpose(), "purpose", "referral.problem.purpose.missing", 2_000);
        LocalDate on = problems.happened(input.referredOn(), "referredOn", today);
        return new Checked(kind, name, purpose, on);
    }

    static Referral.FollowUp followUp(FollowUpInput input, Referral referral, LocalDate today, String by) {
        FieldProblems problems = new FieldProblems();
        LocalDate on = problems.happened(input.followedUpOn(), "followedUpOn", today);
        if (on != null && on.isBefore(referral.referredOn())) {
            problems.add("followedUpOn", "referral.problem.followUp.before-referral",
                    referral.referredOn().toString());
        }
        if (input.helpReceived() == null) {
            problems.add("helpReceived", "referral.problem.helpReceived.missing");
        }
        LocalDate received = null;
        if (!FieldProblems.blank(input.helpReceivedOn())) {
            if (Boolean.FALSE.equals(input.helpReceived())) {
                problems.add("helpReceivedOn", "referral.problem.helpReceivedOn.not-received");
            } else {
                received = problems.date(input.helpReceivedOn(), "helpReceivedOn");
                if (received != null && (received.isBefore(referral.referredOn()) || on != null && received.isAfter(on))) {
                    problems.add("helpReceivedOn", "referral.problem.helpReceivedOn.outside");
                }
            }
        }
        String note = problems.text(input.note(), "note", 2_000);
        problems.refuseIfAny();
        return new Referral.FollowUp(on, input.helpReceived(), received, note, by);
    }
}
