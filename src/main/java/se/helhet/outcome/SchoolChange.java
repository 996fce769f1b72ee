package se.helhet.outcome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * School data over the time points with the change from the time point before that has the same measure:
 * attendance in percentage points, results as passed of assessed then and now.
 */
record SchoolChange(SchoolOutcome outcome, BigDecimal attendanceChange, SchoolOutcome resultsBefore) {

    /** The outcomes in time-point order, each with its change. */
    public static List<SchoolChange> of(List<SchoolOutcome> outcomes) {
        List<SchoolChange> rows = new ArrayList<>();
        SchoolOutcome attendanceBefore = null;
        SchoolOutcome resultsBefore = null;
        for (SchoolOutcome o : outcomes) {
            BigDecimal change = o.attendancePercent() == null || attendanceBefore == null ? null
                    : o.attendancePercent().subtract(attendanceBefore.attendancePercent());
            rows.add(new SchoolChange(o, change, o.hasResults() ? resultsBefore : null));
            attendanceBefore = o.attendancePercent() == null ? attendanceBefore : o;
            resultsBefore = o.hasResults() ? o : resultsBefore;
        }
        return rows;
    }
}
