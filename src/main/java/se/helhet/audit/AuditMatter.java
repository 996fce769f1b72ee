package se.helhet.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import se.helhet.common.Level;

/**
 * A matter in an audit's sample, in the order drawn, with how far its review has come; the version goes up
 * with every save that changes its answers or reviewed mark.
 */
record AuditMatter(UUID matterId, UUID childId, int position, Level level, String unitName,
                          LocalDate investigationClosedOn, int answered, Instant reviewedAt, String reviewedBy,
                          int version) {

    public boolean reviewed() {
        return reviewedAt != null;
    }
}
