package se.helhet.investigation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.helhet.common.Level;

@Repository
class InvestigationRepository {

    private final JdbcClient jdbc;

    InvestigationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Investigation i) {
        jdbc.sql("""
                        insert into investigation (id, matter_id, report_id, level, opened_on, legal_due)
                        values (:id, :matter, :report, :level, :opened, :due)""")
                .param("id", i.id()).param("matter", i.matterId()).param("report", i.reportId())
                .param("level", i.level() == null ? null : i.level().name())
                .param("opened", i.openedOn()).param("due", i.legalDue())
                .update();
    }

    boolean hasOpen(UUID matterId) {
        return jdbc.sql("select count(*) from investigation where matter_id = :m and closed_on is null")
                .param("m", matterId).query(Long.class).single() > 0;
    }

    List<Investigation> forMatter(UUID matterId) {
        return jdbc.sql("""
                        select id, matter_id, report_id, level, opened_on, legal_due, investigator_id, closed_on, recorded_at
                        from investigation where matter_id = :m order by opened_on""")
                .param("m", matterId)
                .query((rs, n) -> new Investigation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getString(4) == null ? null : Level.valueOf(rs.getString(4)),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, UUID.class), rs.getObject(8, LocalDate.class), rs.getTimestamp(9).toInstant()))
                .list();
    }
}
