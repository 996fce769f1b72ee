package se.helhet.matter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import se.helhet.common.Level;

/**
 * A matter as recorded. {@code level} is null until the first assessment sets one; {@code closingReason} says
 * how the work ended ("Ingen utredning inleds", "Utredningen avslutad: …").
 */
public record Matter(
        UUID id,
        UUID childId,
        UUID unitId,
        Instant openedAt,
        LocalDate closedOn,
        Level level,
        UUID responsibleWorkerId,
        UUID areaIdAtStart,
        int ageAtStart,
        boolean reopened,
        int version,
        String closingReason) {

    public boolean open() {
        return closedOn == null;
    }
}
