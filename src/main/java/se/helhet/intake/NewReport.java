package se.helhet.intake;

import java.util.List;
import java.util.UUID;

/**
 * A report as typed: values stay text until checked, so every mistake comes back beside its own field.
 * {@code receivedAt} is local date and time (YYYY-MM-DDTHH:MM); empty means now.
 */
record NewReport(
        String kind,
        String receivedAt,
        String reporterCategory,
        boolean anonymous,
        String reporterName,
        String reporterOrganisation,
        String reporterContact,
        List<UUID> childIds,
        List<String> concernReasons,
        String description) {
}
