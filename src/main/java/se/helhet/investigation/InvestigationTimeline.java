package se.helhet.investigation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.helhet.common.Deadline;

import se.helhet.matter.TimelineContributor;
import se.helhet.matter.TimelineEntry;

/** Investigations, extensions and decisions in the matter's timeline. */
@Component
class InvestigationTimeline implements TimelineContributor {

    private final InvestigationRepository investigations;
    private final DecisionRepository decisions;

    InvestigationTimeline(InvestigationRepository investigations, DecisionRepository decisions) {
        this.investigations = investigations;
        this.decisions = decisions;
    }

    @Override
    public List<TimelineEntry> entriesFor(UUID matterId) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (Investigation i : investigations.forMatter(matterId)) {
            entries.add(new TimelineEntry(i.recordedAt(), "INVESTIGATION", "Utredning inledd"
                    + (i.level() == null ? "" : ", nivå " + i.level().swedishName())
                    + ". Sista dag enligt lag " + Deadline.investigation(i.openedOn()).due(), null));
            for (Extension e : investigations.extensions(i.id())) {
                entries.add(new TimelineEntry(e.decidedAt(), "EXTENSION",
                        "Utredningstiden förlängd till " + e.newDue() + ": " + e.reason(), e.decidedBy()));
            }
        }
        decisions.forMatter(matterId).forEach(d -> entries.add(new TimelineEntry(d.recordedAt(), "DECISION",
                "Beslut " + d.decidedOn() + ": " + DecisionTexts.outcome(d), d.decidedBy())));
        return entries;
    }
}
