package se.helhet.trace;

import java.time.Instant;
import java.util.UUID;

/** One row of the access log as the review shows it; {@code consentId} the consent a read relied on, if any. */
record TraceEntry(
        long id,
        Instant at,
        String username,
        TracedAction action,
        String recordType,
        String recordId,
        UUID personId,
        String personReference,
        String channel,
        UUID consentId) {
}
