package se.helhet.referral;

import java.time.LocalDate;

import se.helhet.common.ActorKind;
import se.helhet.platform.UserTexts;

/**
 * The timeline's words for a referral and its follow-up, from the referral bundle in the language of the request
 * that reads the timeline (ADR 7: each module words its own entries).
 */
final class ReferralTexts {

    private ReferralTexts() {
    }

    static String referred(ActorKind kind, String name, String purpose) {
        String actor = UserTexts.text("actorKind." + kind.name());
        return purpose == null ? UserTexts.text("referral.timeline.referred", name, actor)
                : UserTexts.text("referral.timeline.referred.purpose", name, actor, purpose);
    }

    static String followedUp(String name, LocalDate on, boolean received, LocalDate receivedOn) {
        String outcome = !received ? UserTexts.text("referral.timeline.help.none")
                : receivedOn == null ? UserTexts.text("referral.timeline.help.received")
                : UserTexts.text("referral.timeline.help.received.on", receivedOn.toString());
        return UserTexts.text("referral.timeline.followedUp", on.toString(), name, outcome);
    }
}
