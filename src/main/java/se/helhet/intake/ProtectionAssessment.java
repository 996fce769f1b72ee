package se.helhet.intake;

import java.time.Instant;
import java.util.UUID;

record ProtectionAssessment(UUID reportId, UUID childId, Instant assessedAt, boolean immediateProtectionNeeded,
                                   String reasoning, String assessedBy) {
}
