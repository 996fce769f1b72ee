package se.helhet.person;

import java.time.LocalDate;

/** Where a person lived from a date on (until the next period starts). */
record AreaPeriod(Area area, LocalDate from) {
}
