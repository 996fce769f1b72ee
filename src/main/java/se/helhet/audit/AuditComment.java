package se.helhet.audit;

import java.util.UUID;

/** A reviewer's comment on one question about one matter; may hold personal data, so never shown to analysts. */
record AuditComment(int question, UUID matterId, int position, String comment) {
}
