package se.helhet.worklist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.helhet.common.Deadline;
import se.helhet.common.Level;
import se.helhet.matter.MatterKind;
import se.helhet.platform.ReadModel;

/**
 * The worklists' one query over open matters, with what waits in each: the reports and their assessments, and
 * the running investigation, as the read model {@code worklist_matter} keeps them; and the case workers of a team.
 * The legal due date is kept there as {@link Deadline} works it out, so that a list is ordered, filtered (overdue,
 * nobody responsible), counted and paged by the database: a page reads its rows, not every open matter of the units.
 * Read-only (ADR 9).
 */
@Repository
@ReadModel({"investigation", "decision_proposal", "user_unit"})
class WorklistQueries {

    /** An open matter with the facts its next deadline follows from; {@code key} is its place in a list. */
    record Row(UUID matter, MatterKind kind, UUID child, Level level, UUID worker, LocalDateTime received,
               boolean protectionDone, LocalDate investigationOpened,
               LocalDate legalDue, Level investigationLevel, ListKey key) {
    }

    record Member(UUID userId, String name) {
    }

    /** One worker's open matters (a null worker: those with nobody responsible), how many overdue, unassigned. */
    record Load(UUID worker, long open, long overdue, long unassigned) {
    }

    /** Which of the open matters a list holds. */
    enum Only {
        ALL("true"),
        OVERDUE("due_on < :today"),
        // While intake assesses, the receiving function holds the matter; someone must be responsible once it is
        // investigated or helped.
        UNASSIGNED("responsible_worker_id is null and not intake_phase"),
        // The running investigation's proposed decision is submitted and waits for the decision.
        PROPOSED("""
                exists (select 1 from investigation i join decision_proposal dp on dp.investigation_id = i.id
                        where i.matter_id = due.id and i.closed_on is null and dp.submitted_at is not null)""");

        private final String condition;

        Only(String condition) {
            this.condition = condition;
        }
    }

    /**
     * Each open matter meeting the condition, with its legal due date as {@link Deadline} has it: the running
     * investigation's, else the intake's (the protection assessment the same day or, received after the cut-off,
     * the next working day; once it is done the preliminary assessment on day 14), else none. The facts and the due
     * date come from {@code worklist_matter}, which the database keeps current with the matters, reports, assessments
     * and investigations (V34_5, the due date V35_12). Not materialized: a statement that reads it several times
     * reads the units' rows from the index each time, which costs less than keeping them.
     */
    private static final String DUE = """
            with due as not materialized (
                select w.matter_id as id, w.kind, w.person_id, w.level, w.worker_id as responsible_worker_id,
                       w.waiting_since, w.protection_done, w.investigation_opened as opened_on, w.legal_due,
                       w.investigation_level, w.investigation_opened is null and w.waiting_since is not null as intake_phase,
                       w.due_on
                from worklist_matter w
                where %s
            )
            """;

    private static final String COLUMNS = """
            select id, kind, person_id, level, responsible_worker_id, waiting_since, protection_done,
                   opened_on, legal_due, investigation_level, coalesce(due_on, date '9999-12-31') as place
            from due
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    WorklistQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every open matter meeting {@code condition}, which names {@code :value}, the one due first on top. */
    List<Row> rows(String condition, Object value) {
        return page(condition, value, Only.ALL, null, Long.MAX_VALUE);
    }

    /** At most {@code size} of the open matters after {@code after} (null: from the first), the one due first on top. */
    List<Row> page(String condition, Object value, Only only, ListKey after, long size) {
        return query(DUE.formatted(condition) + COLUMNS + " where " + only.condition
                + (after == null ? "" : " and (coalesce(due_on, date '9999-12-31'), id) > (:afterPlace, :afterId)")
                + " order by place, id limit :size", value)
                .param("afterPlace", after == null ? null : after.place())
                .param("afterId", after == null ? null : after.matterId())
                .param("size", size)
                .query((rs, n) -> row(rs, 1))
                .list();
    }

    /**
     * A team's load per responsible worker, the first {@code size} of its overdue and of its unassigned matters, and
     * every matter whose proposed decision waits for the decision.
     */
    record Team(List<Load> loads, List<Row> overdue, List<Row> unassigned, List<Row> proposed) {
    }

    /**
     * The load of the open matters meeting {@code condition} per responsible worker (how many, overdue, with nobody
     * responsible), the first {@code size} of the overdue and of the unassigned list, and the proposals waiting: one
     * statement and one round trip for all four.
     */
    Team team(String condition, Object value, long size) {
        var loads = new ArrayList<Load>();
        var overdue = new ArrayList<Row>();
        var unassigned = new ArrayList<Row>();
        var proposed = new ArrayList<Row>();
        query(DUE.formatted(condition) + """
                , firsts as (
                    (select 'OVERDUE' as list, f.* from (%1$s where %2$s order by place, id limit :size) f)
                    union all
                    (select 'UNASSIGNED' as list, f.* from (%1$s where %3$s order by place, id limit :size) f)
                    union all
                    (select 'PROPOSED' as list, f.* from (%1$s where %4$s order by place, id) f)
                )
                select list, id, kind, person_id, level, responsible_worker_id, waiting_since, protection_done, opened_on,
                       legal_due, investigation_level, place, null::bigint as open, null::bigint as overdue,
                       null::bigint as unassigned
                from firsts
                union all
                select 'LOAD', null, null, null, null, responsible_worker_id, null, null, null, null, null, null,
                       count(*), count(*) filter (where %2$s), count(*) filter (where %3$s)
                from due group by responsible_worker_id
                order by 1, 12, 2""".formatted(COLUMNS, Only.OVERDUE.condition, Only.UNASSIGNED.condition,
                        Only.PROPOSED.condition), value)
                .param("size", size)
                .query(rs -> {
                    switch (rs.getString(1)) {
                        case "LOAD" -> loads.add(new Load(rs.getObject(6, UUID.class), rs.getLong(13), rs.getLong(14),
                                rs.getLong(15)));
                        case "OVERDUE" -> overdue.add(row(rs, 2));
                        case "PROPOSED" -> proposed.add(row(rs, 2));
                        default -> unassigned.add(row(rs, 2));
                    }
                });
        return new Team(loads, overdue, unassigned, proposed);
    }

    /** A {@link Row} from the columns of {@link #COLUMNS}, the first of them at {@code first}. */
    private Row row(ResultSet rs, int first) throws SQLException {
        UUID matter = rs.getObject(first, UUID.class);
        Timestamp waiting = rs.getTimestamp(first + 5);
        return new Row(matter, MatterKind.valueOf(rs.getString(first + 1)), rs.getObject(first + 2, UUID.class),
                level(rs.getString(first + 3)), rs.getObject(first + 4, UUID.class),
                waiting == null ? null : LocalDateTime.ofInstant(waiting.toInstant(), clock.getZone()),
                rs.getBoolean(first + 6), rs.getObject(first + 7, LocalDate.class),
                rs.getObject(first + 8, LocalDate.class), level(rs.getString(first + 9)),
                new ListKey(rs.getObject(first + 10, LocalDate.class), matter));
    }

    /** How many open matters meeting {@code condition} the list holds. */
    long count(String condition, Object value, Only only) {
        return query(DUE.formatted(condition) + "select count(*) from due where " + only.condition, value)
                .query(Long.class).single();
    }

    private JdbcClient.StatementSpec query(String sql, Object value) {
        return jdbc.sql(sql).param("value", value).param("today", LocalDate.now(clock));
    }

    /** The enabled social and intake workers of the units, by name. */
    List<Member> members(Set<UUID> unitIds) {
        return jdbc.sql("""
                        select u.id, u.display_name from app_user u join user_unit uu on uu.user_id = u.id
                        where uu.unit_id = any(:units) and u.enabled
                          and u.roles && array['SOCIAL_WORKER', 'INTAKE_WORKER']
                        group by u.id, u.display_name order by u.display_name""")
                .param("units", unitIds.toArray(UUID[]::new))
                .query((rs, n) -> new Member(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }

    private static Level level(String value) {
        return value == null ? null : Level.valueOf(value);
    }
}
