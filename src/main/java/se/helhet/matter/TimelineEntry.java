package se.helhet.matter;

import java.time.Instant;

import se.helhet.common.Phrase;
import se.helhet.platform.UserTexts;

/**
 * One event in a matter's timeline: when, what (a {@link Phrase} of the bundles, its words chosen where the
 * timeline is shown), of which kind, and by whom.
 */
public record TimelineEntry(Instant at, String kind, Phrase phrase, String by) {

    /** An entry whose text needs no arguments: {@code key} names it in the bundles. */
    public TimelineEntry(Instant at, String kind, String key, String by) {
        this(at, kind, new Phrase(key), by);
    }

    /** The text in the language of the request that shows it. */
    public String text() {
        return UserTexts.text(phrase);
    }
}
