package se.helhet.consent;

import java.time.Instant;
import java.time.LocalDate;

/** The consent's withdrawal: the day the person withdrew it, why, and who recorded it when. */
record Withdrawal(LocalDate on, String reason, String recordedBy, Instant recordedAt) {
}
