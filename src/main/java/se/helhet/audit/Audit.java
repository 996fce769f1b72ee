package se.helhet.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An audit with its criteria and seed; once drawn, how many matters met the criteria ({@code eligibleCount}),
 * how many were drawn and how many are reviewed. {@code unitNames} are the chosen units' names.
 */
record Audit(UUID id, String name, UUID keyId, String keyName, int keyVersion, Criteria criteria,
                    List<String> unitNames, String seed, Integer eligibleCount, Instant drawnAt, int sampled,
                    int reviewed, Instant createdAt) {

    public AuditStatus status() {
        if (drawnAt == null) {
            return AuditStatus.NOT_DRAWN;
        }
        return reviewed == sampled ? AuditStatus.FINISHED : AuditStatus.IN_PROGRESS;
    }
}
