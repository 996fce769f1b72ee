package se.helhet.worklist;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.helhet.common.Level;
import se.helhet.matter.MatterKind;
import se.helhet.platform.ReadModel;

/**
 * The worklists' one query over open matters, with what waits in each: the reports and their assessments, and
 * the running investigation; and the case workers of a team. Read-only (ADR 9).
 */
@Repository
@ReadModel({"matter", "report", "report_child", "protection_assessment", "preliminary_assessment", "investigation",
        "decision_proposal", "user_unit"})
class WorklistQueries {

    /**
     * An open matter with the facts its next deadline follows from, and whether its investigator's proposed decision
     * waits for the decision.
     */
    record Row(UUID matter, MatterKind kind, UUID child, Level level, UUID worker, LocalDateTime received,
               boolean protectionDone, LocalDate investigationOpened,
               LocalDate legalDue, Level investigationLevel, boolean proposalSubmitted) {
    }

    record Member(UUID userId, String name) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    WorklistQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The open matters meeting {@code condition}, which names {@code :value}; at most 1 000. */
    List<Row> rows(String condition, Object value) {
        return jdbc.sql("""
                        select m.id, m.kind, m.person_id as child_id, m.level, m.responsible_worker_id,
                               min(r.received_at) filter (where pa.report_id is null) as waiting_since,
                               bool_and(p.report_id is not null) as protection_done,
                               i.opened_on, i.legal_due, i.level as investigation_level,
                               bool_or(dp.submitted_at is not null) as proposal_submitted
                        from matter m
                        left join report_child c on c.matter_id = m.id
                        left join report r on r.id = c.report_id
                        left join protection_assessment p on p.report_id = c.report_id and p.child_id = c.child_id
                        left join preliminary_assessment pa on pa.report_id = c.report_id and pa.child_id = c.child_id
                        left join investigation i on i.matter_id = m.id and i.closed_on is null
                        left join decision_proposal dp on dp.investigation_id = i.id
                        where m.closed_on is null and\s""" + condition + """

                        group by m.id, i.id
                        limit 1000""")
                .param("value", value)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), MatterKind.valueOf(rs.getString(2)),
                        rs.getObject(3, UUID.class), level(rs.getString(4)), rs.getObject(5, UUID.class),
                        rs.getTimestamp(6) == null ? null
                                : LocalDateTime.ofInstant(rs.getTimestamp(6).toInstant(), clock.getZone()),
                        rs.getBoolean(7), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
                        level(rs.getString(10)), rs.getBoolean(11)))
                .list();
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
