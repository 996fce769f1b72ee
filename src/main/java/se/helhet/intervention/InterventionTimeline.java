package se.helhet.intervention;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.helhet.matter.TimelineContributor;
import se.helhet.matter.TimelineEntry;

/** Each step of each intervention, with its date, in the matter's timeline. */
@Component
class InterventionTimeline implements TimelineContributor {

    private final InterventionRepository repository;

    InterventionTimeline(InterventionRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<TimelineEntry> entriesFor(UUID matterId) {
        return repository.steps(matterId);
    }
}
