package se.helhet.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.helhet.common.Deadline;
import se.helhet.platform.ReadModel;

/**
 * The children waiting for a protection or a preliminary assessment in open matters of the given units, read from
 * the worklists' read model {@code worklist_waiting_child}, which the database keeps current with the reports,
 * assessments and matters (ADR 9, V34_5), with each child's due date as {@link Deadline#intake} works it out (V35_12),
 * so that the database orders, counts and pages the worklist from an index: a page reads its rows, not everything
 * that waits.
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

    private final JdbcClient jdbc;

    IntakeWorklistQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** At most {@code size} waiting steps after {@code after} (null: from the first), the most urgent first. */
    List<Pending> pending(Set<UUID> unitIds, Key after, long size) {
        return jdbc.sql("""
                select report_id, child_id, matter_id, received_at, kind, reporter_category, protection_done, due_on
                from worklist_waiting_child
                where unit_id = any(:units)
                  and (cast(:afterDue as date) is null
                       or (due_on, received_at, report_id, child_id) > (:afterDue, :afterReceived, :afterReport, :afterChild))
                order by due_on, received_at, report_id, child_id
                limit :size""")
                .param("units", unitIds.toArray(UUID[]::new))
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
}
