package se.helhet.casenote;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.helhet.matter.TimelineContributor;
import se.helhet.matter.TimelineEntry;

/**
 * Signed case notes in the matter's timeline, at the time they were signed. Drafts stay out: the timeline is
 * the record, and a draft may still change.
 */
@Component
class CaseNoteTimeline implements TimelineContributor {

    private final CaseNoteRepository notes;

    CaseNoteTimeline(CaseNoteRepository notes) {
        this.notes = notes;
    }

    @Override
    public List<TimelineEntry> entriesFor(UUID matterId) {
        return notes.forMatter(matterId).stream().filter(CaseNote::signed)
                .map(n -> new TimelineEntry(n.signedAt(), "CASE_NOTE", text(n), n.authorName()))
                .toList();
    }

    static String text(CaseNote n) {
        StringBuilder text = new StringBuilder(n.correctsNoteId() == null ? "" : "Rättelse: ")
                .append(n.type().swedishName());
        if (Boolean.FALSE.equals(n.conversationHeld())) {
            text.append(" – inget samtal (").append(shortened(n.noConversationReason())).append(')');
        }
        if (n.schoolName() != null) {
            text.append(", ").append(n.schoolName());
        }
        text.append(' ').append(n.occurredOn()).append(" (signerad)");
        if (n.corrected() && n.correctionSigned()) {
            text.append(", rättad senare");
        }
        return text.toString();
    }

    /** The timeline is a list of one-liners; the whole reason is in the note. */
    private static String shortened(String reason) {
        return reason.length() <= 60 ? reason : reason.substring(0, 59).strip() + "…";
    }
}
