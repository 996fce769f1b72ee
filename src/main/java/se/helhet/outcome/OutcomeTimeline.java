package se.helhet.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.helhet.matter.TimelineContributor;
import se.helhet.matter.TimelineEntry;

/**
 * The consent and the school data in the matter's timeline, when they were recorded. The
 * figures themselves stay on the outcome tab; the timeline says only that they were recorded.
 */
@Component
class OutcomeTimeline implements TimelineContributor {

    private final ConsentNoteRepository consents;
    private final SchoolOutcomeRepository outcomes;

    OutcomeTimeline(ConsentNoteRepository consents, SchoolOutcomeRepository outcomes) {
        this.consents = consents;
        this.outcomes = outcomes;
    }

    @Override
    public List<TimelineEntry> entriesFor(UUID matterId) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (ConsentNote c : consents.forMatter(matterId)) {
            entries.add(new TimelineEntry(c.notedAt(), "CONSENT_NOTE",
                    "Vårdnadshavarnas samtycke till skoluppgifter noterat, givet " + c.givenOn(), c.notedBy()));
        }
        for (SchoolOutcome s : outcomes.forMatter(matterId)) {
            entries.add(new TimelineEntry(s.recordedAt(), "SCHOOL_OUTCOME", "Skoluppgifter registrerade ("
                    + switch (s.timePoint()) {
                        case START -> "start";
                        case END -> "avslut";
                        case FOLLOW_UP -> "uppföljning";
                    } + ", " + s.term() + ")", s.recordedBy()));
        }
        return entries;
    }
}
