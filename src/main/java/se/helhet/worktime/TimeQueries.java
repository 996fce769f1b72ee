package se.helhet.worktime;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.helhet.platform.ReadModel;

/**
 * The SQL behind {@link TimeWithChildren#DEFINITION}. {@code counted} is every note that counts in the
 * period with the worker it belongs to: signed, not replaced by a signed correction, and a correction (of a
 * correction …) belonging to whoever wrote the first note of its chain.
 */
@Repository
@ReadModel({"case_note", "user_unit"})
class TimeQueries {

    /** A unit member's time, one row per unit and worker. */
    record MemberRow(UUID unitId, String code, String unitName, UUID workerId, String name, TimeSpent time) {
    }

    private static final String COUNTED = """
            with recursive chain (id, worker_id) as (
                select n.id, n.author_id from case_note n where n.corrects_note_id is null
                union all
                select c.id, chain.worker_id from case_note c join chain on c.corrects_note_id = chain.id
            ),
            counted as (
                select chain.worker_id, n.occurred_on, n.minutes_spent,
                       n.type = 'CONVERSATION_WITH_CHILD' and n.no_conversation_reason is null as direct,
                       n.type = 'HOME_VISIT' as home_visit
                from case_note n join chain on chain.id = n.id
                where n.signed_at is not null
                  and n.occurred_on between :from and :to
                  and not exists (select 1 from case_note c where c.corrects_note_id = n.id and c.signed_at is not null)
            )
            """;

    private static final String SUMS = """
            coalesce(sum(minutes_spent) filter (where direct), 0) as direct,
            coalesce(sum(minutes_spent) filter (where home_visit), 0) as home_visit,
            coalesce(sum(minutes_spent), 0) as recorded""";

    private final JdbcClient jdbc;

    TimeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    TimeSpent worker(Period period, UUID workerId) {
        return jdbc.sql(COUNTED + "select " + SUMS + " from counted where worker_id = :worker")
                .param("from", period.from()).param("to", period.to()).param("worker", workerId)
                .query(TimeQueries::time).single();
    }

    /** Only the months with counted notes. */
    List<MonthTime> months(Period period, UUID workerId) {
        return jdbc.sql(COUNTED + "select date_trunc('month', occurred_on)::date as month, " + SUMS + """

                        from counted where worker_id = :worker group by 1 order by 1""")
                .param("from", period.from()).param("to", period.to()).param("worker", workerId)
                .query((rs, n) -> new MonthTime(YearMonth.from(rs.getObject("month", LocalDate.class)), time(rs, n)))
                .list();
    }

    /**
     * The members of the units (every unit when {@code unitIds} is null) who recorded time in the period, and
     * the case workers who did not (with zero), by unit and name. A member of two units is in both.
     */
    List<MemberRow> members(Period period, Collection<UUID> unitIds) {
        return jdbc.sql(COUNTED + ", per_worker as (select worker_id, " + SUMS + """
                         from counted group by worker_id)
                        select u.id as unit_id, u.code, u.name as unit_name, a.id as worker_id, a.display_name,
                               coalesce(w.direct, 0) as direct, coalesce(w.home_visit, 0) as home_visit,
                               coalesce(w.recorded, 0) as recorded
                        from unit u
                        join user_unit uu on uu.unit_id = u.id
                        join app_user a on a.id = uu.user_id
                        left join per_worker w on w.worker_id = a.id
                        where (:everyUnit or u.id = any(:units))
                          and (w.recorded > 0 or (a.enabled and a.roles && array['INTAKE_WORKER', 'SOCIAL_WORKER']))
                        order by u.name, a.display_name""")
                .param("from", period.from()).param("to", period.to())
                .param("everyUnit", unitIds == null)
                .param("units", unitIds == null ? new UUID[0] : unitIds.toArray(UUID[]::new))
                .query((rs, n) -> new MemberRow(rs.getObject("unit_id", UUID.class), rs.getString("code"),
                        rs.getString("unit_name"), rs.getObject("worker_id", UUID.class), rs.getString("display_name"),
                        time(rs, n)))
                .list();
    }

    private static TimeSpent time(ResultSet rs, int row) throws SQLException {
        return new TimeSpent(rs.getLong("direct"), rs.getLong("home_visit"), rs.getLong("recorded"));
    }
}
