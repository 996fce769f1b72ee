package se.helhet.worktime;

import java.util.List;
import java.util.UUID;

/**
 * A unit's time for a period: the sum over its members. {@code workers} lists them for the unit's manager
 * and is empty for an analyst; {@code time} is null when the unit is suppressed for the reader.
 */
record UnitTime(UUID unitId, String code, String name, int workersWithTime, boolean suppressed,
                       TimeSpent time, List<WorkerTime> workers) {

    /** Fewer members than this with recorded time, and the unit's figure would tell an analyst about a person. */
    static final int FEWEST_SHOWN = 3;

    public UnitTime {
        workers = List.copyOf(workers);
    }
}
