package se.helhet.intake;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A registered report with each child it concerns and that child's matter. */
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
        List<Child> children) {

    record Child(UUID childId, UUID matterId, boolean knownBefore) {
    }
}
