package se.helhet.investigation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.helhet.common.Deadline;
import se.helhet.common.Phrase;

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
            String due = Deadline.investigation(i.openedOn()).due().toString();
            entries.add(new TimelineEntry(i.recordedAt(), "INVESTIGATION", i.level() == null
                    ? new Phrase("investigation.timeline.opened", due)
                    : new Phrase("investigation.timeline.opened.level", i.level().label(), due), null));
            for (Extension e : investigations.extensions(i.id())) {
                entries.add(new TimelineEntry(e.decidedAt(), "EXTENSION",
                        new Phrase("investigation.timeline.extended", e.newDue().toString(), e.reason()), e.decidedBy()));
            }
        }
        decisions.forMatter(matterId).forEach(d -> entries.add(new TimelineEntry(d.recordedAt(), "DECISION",
                new Phrase("investigation.timeline.decision", d.decidedOn().toString(), DecisionTexts.outcome(d)),
                d.decidedBy())));
        return entries;
    }
}
