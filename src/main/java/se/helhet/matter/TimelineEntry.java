package se.helhet.matter;

import java.time.Instant;

/** One event in a matter's timeline: when, what (a short Swedish text), of which kind, and by whom. */
public record TimelineEntry(Instant at, String kind, String text, String by) {
}
