package se.helhet.matter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import se.helhet.common.Level;

/**
 * A matter as recorded, of any kind; {@code level}, {@code areaIdAtStart} and {@code ageAtStart} are those of a
 * children and youth matter and null for the other kinds. {@code level} is null until the first assessment sets one; {@code closingReason} says
 * how the work ended ("Ingen utredning inleds", "Utredningen avslutad: …").
 */
public record Matter(
        UUID id,
        MatterKind kind,
        UUID personId,
        UUID unitId,
        Instant openedAt,
        LocalDate closedOn,
        Level level,
        UUID responsibleWorkerId,
        UUID areaIdAtStart,
        Integer ageAtStart,
        boolean reopened,
        int version,
        String closingReason) {

    public boolean open() {
        return closedOn == null;
    }
}
