package se.helhet.intake;

import java.time.LocalDate;
import java.util.UUID;

import se.helhet.common.Level;

/** Published when an application arrives or a preliminary assessment decides to investigate. */
public record InvestigationOpeningDecided(UUID matterId, UUID childId, UUID reportId, Level level, LocalDate decidedOn) {
}
