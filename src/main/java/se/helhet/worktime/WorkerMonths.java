package se.helhet.worktime;

import java.util.List;

/** A worker's time month by month, every month of the period listed (empty ones too), and the total. */
record WorkerMonths(Period period, WorkerTime total, List<MonthTime> months) {

    public WorkerMonths {
        months = List.copyOf(months);
    }
}
