package se.helhet.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

import se.helhet.common.Deadline;
import se.helhet.common.SwedishCalendar;
import se.helhet.platform.ReadModel;

/**
 * The children waiting for a protection or a preliminary assessment in open matters of the given units, read from
 * the worklists' read model {@code worklist_waiting_child}, which the database keeps current with the reports,
 * assessments and matters (ADR 9, V34_5). The due date is worked out in the query as {@link Deadline#intake} does,
 * so that the database orders, counts and pages the worklist: a page reads its rows, not everything that waits.
 */
@Repository
@ReadModel("worklist_waiting_child")
class IntakeWorklistQueries {

    /** A child in a report with a step still to take, before the child is read; {@code key} is its place. */
    record Pending(UUID reportId, UUID childId, UUID matterId, Instant receivedAt, ReportKind kind,
                   ReporterCategory category, boolean protectionDone, Key key) {
    }

    /** A waiting step's place in the worklist: due date, when received, the report and the child. */
    record Key(LocalDate due, Instant receivedAt, UUID reportId, UUID childId) {

        /** The key as a link carries it; null for a missing or mangled one. */
        static Key parse(String text) {
            String[] parts = text == null ? new String[0] : text.split("_");
            if (parts.length != 4) {
                return null;
            }
            try {
                return new Key(LocalDate.parse(parts[0]), Instant.parse(parts[1]), UUID.fromString(parts[2]),
                        UUID.fromString(parts[3]));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                return null;
            }
        }

        @Override
        public String toString() {
            return due + "_" + receivedAt + "_" + reportId + "_" + childId;
        }
    }

    private static final String WAITING = """
            with waiting as (
                select w.*, (w.received_at at time zone :zone) as received_local
                from worklist_waiting_child w
                where w.unit_id = any(:units)
            ), due as (
                select w.*,
                       case when w.protection_done then w.received_local::date + 14
                            when w.received_local::time < :cutOff then w.received_local::date
                            else (select min(d)::date
                                  from generate_series(w.received_local::date + 1, w.received_local::date + 14,
                                                       interval '1 day') d
                                  where extract(isodow from d) < 6 and d::date <> all(:holidays))
                       end as due_on
                from waiting w
            )
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    IntakeWorklistQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** At most {@code size} waiting steps after {@code after} (null: from the first), the most urgent first. */
    List<Pending> pending(Set<UUID> unitIds, Key after, long size) {
        return query(WAITING + """
                select report_id, child_id, matter_id, received_at, kind, reporter_category, protection_done, due_on
                from due
                where (cast(:afterDue as date) is null
                       or (due_on, received_at, report_id, child_id) > (:afterDue, :afterReceived, :afterReport, :afterChild))
                order by due_on, received_at, report_id, child_id
                limit :size""", unitIds)
                .param("afterDue", after == null ? null : after.due())
                .param("afterReceived", after == null ? null : after.receivedAt().atOffset(ZoneOffset.UTC))
                .param("afterReport", after == null ? null : after.reportId())
                .param("afterChild", after == null ? null : after.childId())
                .param("size", size)
                .query((rs, n) -> {
                    Instant received = rs.getTimestamp(4).toInstant();
                    return new Pending(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getObject(3, UUID.class), received, ReportKind.valueOf(rs.getString(5)),
                            ReporterCategory.valueOf(rs.getString(6)), rs.getBoolean(7),
                            new Key(rs.getObject(8, LocalDate.class), received, rs.getObject(1, UUID.class),
                                    rs.getObject(2, UUID.class)));
                })
                .list();
    }

    /** How many steps wait in all. */
    long count(Set<UUID> unitIds) {
        return jdbc.sql("select count(*) from worklist_waiting_child where unit_id = any(:units)")
                .param("units", unitIds.toArray(UUID[]::new))
                .query(Long.class).single();
    }

    private JdbcClient.StatementSpec query(String sql, Set<UUID> unitIds) {
        int year = LocalDate.now(clock).getYear();
        return jdbc.sql(sql)
                .param("units", unitIds.toArray(UUID[]::new))
                .param("zone", clock.getZone().getId())
                .param("cutOff", Deadline.DEFAULT_CUT_OFF)
                .param("holidays", new SqlArrayValue("date", (Object[]) Arrays.stream(
                        SwedishCalendar.holidayDates(year - 10, year + 1))
                        .map(java.sql.Date::valueOf).toArray(java.sql.Date[]::new)));
    }
}
