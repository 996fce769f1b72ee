package se.helhet.letter;

import java.time.Instant;
import java.util.UUID;

/** A letter as it was sent: its content for the page, its readability, and when. The PDF is fetched on its own. */
public record SentLetter(UUID id, LetterKind kind, UUID recordId, Letter letter, double lix, Instant createdAt) {

    public LixBand band() {
        return LixBand.of(lix);
    }

    public int roundedLix() {
        return (int) Math.round(lix);
    }
}
