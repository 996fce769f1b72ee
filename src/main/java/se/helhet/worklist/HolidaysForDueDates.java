package se.helhet.worklist;

import java.sql.Date;
import java.sql.PreparedStatement;

import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Repository;

import se.helhet.common.SwedishCalendar;
import se.helhet.platform.JavaMigrationStep;

/**
 * V35_11: {@code swedish_holiday} gets the holidays and eves of {@link SwedishCalendar} for the years a matter can be
 * received in, so that the calendar stays written once, in Java, while the database works out due dates with it. A
 * Java migration because the calendar is Java's; a repository because it writes the table.
 */
@Repository
class HolidaysForDueDates extends JavaMigrationStep {

    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2150;

    HolidaysForDueDates() {
        super("35.11", "holidays for due dates");
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement insert = context.getConnection()
                .prepareStatement("insert into swedish_holiday (day) values (?) on conflict do nothing")) {
            for (var day : SwedishCalendar.holidayDates(FIRST_YEAR, LAST_YEAR)) {
                insert.setDate(1, Date.valueOf(day));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
