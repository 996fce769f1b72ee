package se.helhet.matter;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A matter was opened, published in the opening's transaction: a family may now have matters open in several
 * units at once, which the routines with stops watch for.
 */
public record MatterOpened(UUID matterId, UUID personId, MatterKind kind, LocalDate openedOn) {
}
