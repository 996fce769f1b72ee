package se.helhet.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;

import se.helhet.common.Deadline;
import se.helhet.common.SwedishCalendar;
import se.helhet.support.HelhetTest;

/**
 * The due dates the database keeps in {@code worklist_matter} (V35_12) are {@link Deadline}'s: the calendar it reads
 * is {@link SwedishCalendar}'s, a report's intake due date is the same for every hour around the cut-off, weekends,
 * holidays and the changes of summer time, and every open matter and waiting child of the demo has the date the
 * worklists show.
 */
@HelhetTest
class DueDatesTest {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorklistQueries queries;

    @Test
    void theDatabaseHasTheCalendarsHolidays() {
        List<LocalDate> held = jdbc.sql("select day from swedish_holiday order by day").query(LocalDate.class).list();

        assertThat(held).containsExactly(SwedishCalendar.holidayDates(HolidaysForDueDates.FIRST_YEAR,
                HolidaysForDueDates.LAST_YEAR));
    }

    @Test
    void aReportsIntakeDueDateIsDeadlinesForEveryHourAroundHolidaysAndTheCutOff() {
        List<LocalDateTime> received = new ArrayList<>();
        // Christmas and New Year, Easter, Midsummer, the changes of summer time, an ordinary week.
        for (LocalDate first : List.of(LocalDate.of(2026, 12, 18), LocalDate.of(2027, 3, 22), LocalDate.of(2027, 6, 20),
                LocalDate.of(2027, 10, 27), LocalDate.of(2026, 11, 2))) {
            for (int hour = 0; hour < 24 * 16; hour++) {
                received.add(first.atStartOfDay().plusHours(hour).plusMinutes(17));
            }
        }
        for (LocalDate day = LocalDate.of(2027, 4, 26); day.isBefore(LocalDate.of(2027, 5, 10)); day = day.plusDays(1)) {
            received.add(day.atTime(LocalTime.of(15, 59, 59)));
            received.add(day.atTime(Deadline.DEFAULT_CUT_OFF));
        }
        var times = new SqlArrayValue("timestamptz", received.stream()
                .map(t -> Timestamp.from(t.atZone(SWEDEN).toInstant())).toArray());

        for (boolean protectionDone : List.of(false, true)) {
            List<LocalDate> due = jdbc.sql("""
                            select worklist_intake_due(t, :done) from unnest(:times::timestamptz[]) with ordinality x(t, i)
                            order by i""")
                    .param("times", times).param("done", protectionDone).query(LocalDate.class).list();

            assertThat(due).as("protection assessment made: %s", protectionDone).containsExactlyElementsOf(
                    received.stream().map(t -> Deadline.intake(t, protectionDone).due()).toList());
        }
    }

    @Test
    void everyOpenMatterHasTheDueDateItsDeadlineGives() {
        List<WorklistQueries.Row> rows = queries.rows("true", null);

        assertThat(rows).hasSizeGreaterThan(100);
        assertThat(rows).allSatisfy(r -> assertThat(r.key().place()).as("matter %s", r.matter())
                .isEqualTo(expectedPlace(r)));
    }

    @Test
    void everyWaitingChildHasTheIntakesDueDate() {
        record Waiting(LocalDateTime received, boolean protectionDone, LocalDate due) {
        }
        List<Waiting> waiting = jdbc.sql("select received_at, protection_done, due_on from worklist_waiting_child")
                .query((rs, n) -> new Waiting(rs.getTimestamp(1).toInstant().atZone(SWEDEN).toLocalDateTime(),
                        rs.getBoolean(2), rs.getObject(3, LocalDate.class))).list();

        assertThat(waiting).hasSizeGreaterThan(10);
        assertThat(waiting).allSatisfy(w -> assertThat(w.due())
                .isEqualTo(Deadline.intake(w.received(), w.protectionDone()).due()));
    }

    /** The date a worklist sorts a matter by: its legal due date as the worklists show it, else the end of time. */
    private static LocalDate expectedPlace(WorklistQueries.Row r) {
        LocalDate due = null;
        if (r.kind().childAndYouth() && r.investigationOpened() != null) {
            due = r.legalDue();
        } else if (r.kind().childAndYouth() && r.received() != null) {
            due = Deadline.intake(r.received(), r.protectionDone()).due();
        }
        return due == null ? LocalDate.of(9999, 12, 31) : due;
    }
}
