package se.helhet.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.helhet.intake.ReporterCategory;
import se.helhet.platform.ReadModel;

/**
 * The reports that brought a matter about, for the links back to them. Read here in one query (as the
 * worklist does) rather than added to intake's surface; only ids, dates, kinds and reporter categories, nothing about the child,
 * so nothing to log: the report page logs its own read.
 */
@Repository
@ReadModel({"report", "report_child"})
class MatterReports {

    record Link(UUID reportId, LocalDate receivedOn, String kind, ReporterCategory reporterCategory) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    MatterReports(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The caller has checked the right to read the matter. */
    List<Link> of(UUID matterId) {
        return jdbc.sql("""
                        select r.id, r.received_at, r.kind, r.reporter_category from report r
                        join report_child c on c.report_id = r.id
                        where c.matter_id = :matter order by r.received_at""")
                .param("matter", matterId)
                .query((rs, n) -> new Link(rs.getObject(1, UUID.class),
                        LocalDate.ofInstant(rs.getTimestamp(2).toInstant(), clock.getZone()), rs.getString(3),
                        ReporterCategory.valueOf(rs.getString(4))))
                .list();
    }
}
