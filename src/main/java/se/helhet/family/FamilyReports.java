package se.helhet.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.helhet.platform.ReadModel;

/**
 * The reports behind a person's matters, for the links from the person page (ADR 9), read in one query as the
 * case file reads a matter's. Only ids, dates and kinds, nothing about anyone, so nothing to log: the report
 * page logs its own read.
 */
@Repository
@ReadModel({"report", "report_child"})
class FamilyReports {

    record Link(UUID reportId, UUID matterId, LocalDate receivedOn, String kind) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    FamilyReports(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The caller has checked the right to read each of the matters; newest first. */
    List<Link> of(UUID personId, Collection<UUID> matterIds) {
        if (matterIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select r.id, c.matter_id, r.received_at, r.kind from report r
                        join report_child c on c.report_id = r.id
                        where c.child_id = :person and c.matter_id = any(:matters) order by r.received_at desc""")
                .param("person", personId).param("matters", matterIds.toArray(UUID[]::new))
                .query((rs, n) -> new Link(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        LocalDate.ofInstant(rs.getTimestamp(3).toInstant(), clock.getZone()), rs.getString(4)))
                .list();
    }
}
