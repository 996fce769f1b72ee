package se.helhet.intake;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A registered report with each child it concerns and that child's matter. {@code partial}: a reader's copy
 * that leaves out the children whose matters the reader may not read, and with them the description.
 */
record Report(
        UUID id,
        ReportKind kind,
        Instant receivedAt,
        ReporterCategory reporterCategory,
        boolean anonymous,
        String reporterName,
        String reporterOrganisation,
        String reporterContact,
        Set<ConcernReason> concernReasons,
        String description,
        String registeredBy,
        List<Child> children,
        boolean partial) {

    /**
     * The copy for a reader who may read the given matters: only their children. The description is the
     * reporter's own words about every child and may name them all, so a reader who may not read every
     * child gets none of it; the concern reasons and the reporter stay, as they name no child.
     */
    Report readableIn(Set<UUID> readableMatters) {
        List<Child> readable = children.stream().filter(c -> readableMatters.contains(c.matterId())).toList();
        if (readable.size() == children.size()) {
            return this;
        }
        return new Report(id, kind, receivedAt, reporterCategory, anonymous, reporterName, reporterOrganisation,
                reporterContact, concernReasons, null, registeredBy, readable, true);
    }

    record Child(UUID childId, UUID matterId, boolean knownBefore) {
    }
}
