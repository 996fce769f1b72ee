package se.helhet.worktime;

import java.util.List;

/** What the reader may see for a period: their own time (when they record any) and the units allowed to them. */
record TimeOverview(Period period, WorkerTime own, List<UnitTime> units) {

    public TimeOverview {
        units = List.copyOf(units);
    }
}
