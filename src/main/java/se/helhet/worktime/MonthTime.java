package se.helhet.worktime;

import java.time.YearMonth;

/** A calendar month's time, by the day each contact took place. */
record MonthTime(YearMonth month, TimeSpent time) {
}
