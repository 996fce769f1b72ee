package se.helhet.casenote;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A case note as recorded. The conversation fields are set only for a conversation with the child, the school
 * only for a school contact. {@code correctedBy} is the note that corrects this one, if any.
 */
record CaseNote(
        UUID id,
        UUID matterId,
        CaseNoteType type,
        LocalDate occurredOn,
        int minutesSpent,
        String text,
        Boolean childInformed,
        String childViews,
        String noConversationReason,
        String schoolName,
        UUID correctsNoteId,
        UUID correctedBy,
        boolean correctionSigned,
        UUID authorId,
        String authorName,
        Instant createdAt,
        Instant signedAt,
        int version) {

    public boolean signed() {
        return signedAt != null;
    }

    /** Null when the note is not about a conversation with the child. */
    public Boolean conversationHeld() {
        return type == CaseNoteType.CONVERSATION_WITH_CHILD ? noConversationReason == null : null;
    }

    public boolean corrected() {
        return correctedBy != null;
    }
}
