package se.helhet.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.helhet.matter.TimelineContributor;
import se.helhet.matter.TimelineEntry;
import se.helhet.platform.UserTexts;

/**
 * The school data in the matter's timeline, when it was recorded. The figures themselves stay on the outcome
 * tab; the timeline says only that they were recorded. (The consent it was obtained under is the child's, on
 * the child's page.)
 */
@Component
class OutcomeTimeline implements TimelineContributor {

    private final SchoolOutcomeRepository outcomes;

    OutcomeTimeline(SchoolOutcomeRepository outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public List<TimelineEntry> entriesFor(UUID matterId) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (SchoolOutcome s : outcomes.forMatter(matterId)) {
            entries.add(new TimelineEntry(s.recordedAt(), "SCHOOL_OUTCOME", UserTexts.text("outcome.timeline.school",
                    UserTexts.text("outcome.timeline.timePoint." + s.timePoint().name()), s.term()), s.recordedBy()));
        }
        return entries;
    }
}
