package se.helhet.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The search over every report received: one row per child in a report, the latest first. */
@Repository
class ReportSearchRepository {

    /** A child in a found report, before the child is read. */
    record Row(UUID report, Instant at, ReportKind kind, ReporterCategory category, UUID child, UUID matter,
               PreliminaryOutcome outcome) {
    }

    private final JdbcClient jdbc;

    ReportSearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code children} null for any child; days in {@code zone}. */
    List<Row> find(ReportSearch.Criteria criteria, UUID[] children, ZoneId zone, int limit) {
        StringBuilder sql = new StringBuilder("""
                select r.id, r.received_at, r.kind, r.reporter_category, c.child_id, c.matter_id, a.outcome
                from report r join report_child c on c.report_id = r.id
                left join preliminary_assessment a on a.report_id = c.report_id and a.child_id = c.child_id
                where true""");
        var params = new HashMap<String, Object>();
        if (children != null) {
            sql.append(" and c.child_id = any(:children)");
            params.put("children", children);
        }
        if (criteria.from() != null) {
            sql.append(" and r.received_at >= :from");
            params.put("from", Timestamp.from(criteria.from().atStartOfDay(zone).toInstant()));
        }
        if (criteria.to() != null) {
            sql.append(" and r.received_at < :to");
            params.put("to", Timestamp.from(criteria.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (criteria.reporterCategory() != null) {
            sql.append(" and r.reporter_category = :category");
            params.put("category", criteria.reporterCategory().name());
        }
        sql.append(" order by r.received_at desc limit ").append(limit);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                        ReportKind.valueOf(rs.getString(3)), ReporterCategory.valueOf(rs.getString(4)),
                        rs.getObject(5, UUID.class), rs.getObject(6, UUID.class),
                        rs.getString(7) == null ? null : PreliminaryOutcome.valueOf(rs.getString(7))))
                .list();
    }
}
