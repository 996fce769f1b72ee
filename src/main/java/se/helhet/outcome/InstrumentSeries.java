package se.helhet.outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.helhet.instrument.Informant;
import se.helhet.instrument.TimePoint;

/**
 * One instrument given to one person by one informant in a matter, over its time points, with the change in
 * the total from the time point before: the SDQ's total difficulties (lower is better), AUDIT's and DUDIT's
 * total. {@code band} is the SDQ's three-band word or the AUDIT/DUDIT zone; null for ESTER and HOME, which
 * have no total but the {@code scores} entered from their licensed scoring.
 */
record InstrumentSeries(UUID personId, String personName, boolean child, String instrument,
                               Informant informant, List<Point> points) {

    record Point(TimePoint timePoint, LocalDate administeredOn, Integer total, String band, Integer change,
                        Map<String, Integer> scores) {
    }
}
