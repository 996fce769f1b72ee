package se.helhet.intake;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.helhet.platform.ReadModel;

/**
 * The children waiting for a protection or a preliminary assessment in open matters of the given units. One
 * query that also reads whether the matter is open and which unit holds it, rather than asking the matter module
 * matter by matter (ADR 9).
 */
@Repository
@ReadModel("matter")
class IntakeWorklistQueries {

    /** A child in a report with a step still to take, before the child is read. */
    record Pending(UUID reportId, UUID childId, UUID matterId, Instant receivedAt, ReportKind kind,
                   ReporterCategory category, boolean protectionDone) {
    }

    private final JdbcClient jdbc;

    IntakeWorklistQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The oldest 500 first. */
    List<Pending> pending(Set<UUID> unitIds) {
        return jdbc.sql("""
                        select c.report_id, c.child_id, c.matter_id, r.received_at, r.kind, r.reporter_category,
                               p.report_id is not null as protection_done
                        from report_child c
                        join report r on r.id = c.report_id
                        join matter m on m.id = c.matter_id and m.closed_on is null
                        left join protection_assessment p on p.report_id = c.report_id and p.child_id = c.child_id
                        left join preliminary_assessment a on a.report_id = c.report_id and a.child_id = c.child_id
                        where (p.report_id is null or (a.report_id is null and r.kind <> 'APPLICATION'))
                          and m.unit_id = any(:units)
                        order by r.received_at
                        limit 500""")
                .param("units", unitIds.toArray(UUID[]::new))
                .query((rs, n) -> new Pending(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getTimestamp(4).toInstant(), ReportKind.valueOf(rs.getString(5)),
                        ReporterCategory.valueOf(rs.getString(6)), rs.getBoolean(7)))
                .list();
    }
}
