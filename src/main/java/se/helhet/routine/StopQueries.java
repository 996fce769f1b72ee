package se.helhet.routine;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.helhet.platform.ReadModel;

/**
 * The gated events of the stops, computed from the records in one query (ADR 9): the first event of the gate's
 * kind in one of the match's matters (of the stop's kind of matter, when it names one) on or after the day the
 * family started to match. An investigation plan has no date of its own in Helhet, so a plan stop is passed as
 * soon as a plan is written, and held when a consultation was recorded at all ({@code undated}).
 */
@Repository
@ReadModel({"matter", "investigation", "decision", "intervention", "adult_decision", "joint_commission",
        "child_impact_consequence"})
class StopQueries {

    /** The day the gated event happened; {@code undated} when Helhet knows only that it did. */
    record GateEvent(LocalDate on, boolean undated) {
    }

    private final JdbcClient jdbc;

    StopQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, GateEvent> events(Collection<UUID> stopIds) {
        Map<UUID, GateEvent> events = new HashMap<>();
        if (stopIds.isEmpty()) {
            return events;
        }
        jdbc.sql("""
                        with gated as (
                            select s.id as stop_id, s.gate, rm.matched_on, m.id as matter_id
                            from stop s
                            join routine_match rm on rm.id = s.match_id
                            join routine_match_matter mm on mm.match_id = rm.id
                            join matter m on m.id = mm.matter_id
                            where s.id = any(:stops) and s.gate <> 'WITHIN_WORKING_DAYS'
                              and (s.matter_kind is null or m.kind = s.matter_kind))
                        select g.stop_id, min(e.on_date), bool_or(e.undated)
                        from gated g cross join lateral (
                            select greatest(i.opened_on, g.matched_on) as on_date, true as undated from investigation i
                            where g.gate = 'BEFORE_INVESTIGATION_PLAN' and i.matter_id = g.matter_id
                              and i.plan is not null and (i.closed_on is null or i.closed_on >= g.matched_on)
                            union all
                            select d.decided_on, false from decision d
                            where g.gate = 'BEFORE_DECISION' and d.matter_id = g.matter_id and d.decided_on >= g.matched_on
                            union all
                            select a.decided_on, false from adult_decision a
                            where g.gate = 'BEFORE_DECISION' and a.matter_id = g.matter_id and a.decided_on >= g.matched_on
                            union all
                            select v.offered_on, false from intervention v
                            where g.gate = 'BEFORE_COMMISSIONING' and v.matter_id = g.matter_id
                              and v.offered_on >= g.matched_on
                            union all
                            select j.commissioned_on, false from joint_commission j
                            join child_impact_consequence c on c.analysis_id = j.analysis_id
                            where g.gate = 'BEFORE_COMMISSIONING' and c.matter_id = g.matter_id
                              and j.commissioned_on >= g.matched_on
                            union all
                            select coalesce(v.completed_on, v.ended_early_on), false from intervention v
                            where g.gate = 'AT_FOLLOW_UP' and v.matter_id = g.matter_id
                              and coalesce(v.completed_on, v.ended_early_on) >= g.matched_on) e
                        group by g.stop_id""")
                .param("stops", stopIds.toArray(UUID[]::new))
                .query((rs, n) -> events.put(rs.getObject(1, UUID.class),
                        new GateEvent(rs.getObject(2, LocalDate.class), rs.getBoolean(3))))
                .list();
        return events;
    }
}
