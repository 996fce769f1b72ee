package se.helhet.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import se.helhet.common.ActorKind;

/**
 * A referral with its follow-ups, the latest last. {@code purpose} is null only for a free text "slussas till"
 * moved here from an earlier preliminary assessment; {@code reportId} names the report whose preliminary
 * assessment made it.
 */
public record Referral(UUID id, UUID matterId, UUID reportId, ActorKind actorKind, String actorName,
                       String purpose, LocalDate referredOn, String referredBy, List<FollowUp> followUps) {

    public Referral {
        followUps = List.copyOf(followUps);
    }

    /** One check with the family or the actor: whether the help has come, and from which day. */
    public record FollowUp(LocalDate followedUpOn, boolean helpReceived, LocalDate helpReceivedOn, String note,
                           String by) {
    }

    public Optional<FollowUp> latest() {
        return followUps.isEmpty() ? Optional.empty() : Optional.of(followUps.getLast());
    }
}
