package se.helhet.intake;

import java.time.Instant;
import java.util.UUID;

/** A report's original document: what it is, not its content. */
record Attachment(UUID id, UUID reportId, String filename, String contentType, int sizeBytes,
                         String uploadedBy, Instant uploadedAt) {
}
