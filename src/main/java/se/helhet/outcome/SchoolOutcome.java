package se.helhet.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import se.helhet.instrument.TimePoint;

/**
 * School attendance and results for one term at one time point of a matter, obtained with the consent it
 * names. Attendance or results may be missing, never both; {@code subjectsPassed} of {@code subjectsAssessed}.
 */
record SchoolOutcome(UUID id, UUID childId, UUID matterId, UUID consentId, TimePoint timePoint, String term,
                            BigDecimal attendancePercent, ResultKind resultKind, Integer subjectsAssessed,
                            Integer subjectsPassed, LocalDate recordedOn, String recordedBy, Instant recordedAt) {

    public boolean hasResults() {
        return resultKind != null;
    }
}
