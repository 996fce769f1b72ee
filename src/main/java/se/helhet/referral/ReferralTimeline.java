package se.helhet.referral;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.helhet.matter.TimelineContributor;
import se.helhet.matter.TimelineEntry;

/** Each referral and each of its follow-ups in the matter's timeline. */
@Component
class ReferralTimeline implements TimelineContributor {

    private final ReferralRepository repository;

    ReferralTimeline(ReferralRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<TimelineEntry> entriesFor(UUID matterId) {
        return repository.timeline(matterId);
    }
}
