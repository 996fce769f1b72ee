package se.helhet.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The guardians' consent as the worker noted it on the record. {@code purpose} is what it covers (today only
 * {@value #SCHOOL_OUTCOMES}); a withdrawn consent stops new recordings, what was recorded before stays.
 */
record ConsentNote(UUID id, UUID childId, UUID matterId, String purpose, String guardians, LocalDate givenOn,
                          LocalDate withdrawnOn, String notedBy, Instant notedAt, int version) {

    public static final String SCHOOL_OUTCOMES = "SCHOOL_OUTCOMES";

    public boolean withdrawn() {
        return withdrawnOn != null;
    }

    /** Whether school data obtained on that day is covered: given by then and never withdrawn. */
    public boolean covers(LocalDate day) {
        return !withdrawn() && !givenOn.isAfter(day);
    }
}
