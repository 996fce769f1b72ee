package se.helhet.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import se.helhet.common.AreaChoice;
import se.helhet.common.Level;

/**
 * Which matters an audit draws from: matters held by one of the units (none chosen: every unit), in the
 * pilot area, the ordinary areas or all (the child's area when the matter started), with an investigation
 * closed in the period (both days included), at the matter's level when one is chosen; and how many to draw.
 */
record Criteria(List<UUID> unitIds, AreaChoice area, LocalDate closedFrom, LocalDate closedTo, Level level,
                       int sampleSize) {

    public static final int LARGEST_SAMPLE = 500;

    public Criteria {
        unitIds = List.copyOf(unitIds);
        if (area == null || closedFrom == null || closedTo == null || closedTo.isBefore(closedFrom)
                || sampleSize < 1 || sampleSize > LARGEST_SAMPLE) {
            throw new IllegalArgumentException("Criteria need an area, a period and a sample size of 1-500");
        }
    }
}
