package se.helhet.casenote;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.helhet.matter.TimelineContributor;
import se.helhet.matter.TimelineEntry;
import se.helhet.platform.UserTexts;

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

    /** The entry in the language of the request that shows the timeline. */
    static String text(CaseNote n) {
        String what = UserTexts.text(n.type().labelKey());
        if (Boolean.FALSE.equals(n.conversationHeld())) {
            what = UserTexts.text("casenote.timeline.noConversation", what, shortened(n.noConversationReason()));
        }
        if (n.schoolName() != null) {
            what = what + ", " + n.schoolName();
        }
        String text = UserTexts.text(n.correctsNoteId() == null ? "casenote.timeline.signed"
                : "casenote.timeline.correctionSigned", what, n.occurredOn().toString());
        return n.corrected() && n.correctionSigned() ? UserTexts.text("casenote.timeline.correctedLater", text) : text;
    }


    /** The timeline is a list of one-liners; the whole reason is in the note. */
    private static String shortened(String reason) {
        return reason.length() <= 60 ? reason : reason.substring(0, 59).strip() + "…";
    }
}
