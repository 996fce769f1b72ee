package se.helhet.investigation;

import java.time.Instant;
import java.time.LocalDate;

/** A decision to extend an investigation's time limit, with its reason. */
record Extension(Instant decidedAt, LocalDate previousDue, LocalDate newDue, String reason, String decidedBy) {
}
