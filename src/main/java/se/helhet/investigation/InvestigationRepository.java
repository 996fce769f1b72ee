package se.helhet.investigation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.helhet.common.Level;

@Repository
class InvestigationRepository {

    private static final String SELECT = """
            select id, matter_id, report_id, level, level_when_opened, opened_on, legal_due, investigator_id, closed_on, plan,
                   communicated_on, communication_comments, version, recorded_at
            from investigation""";

    private final JdbcClient jdbc;

    InvestigationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID matterId, UUID reportId, Level level, LocalDate openedOn, LocalDate legalDue) {
        jdbc.sql("""
                        insert into investigation (id, matter_id, report_id, level, level_when_opened, opened_on, legal_due)
                        values (:id, :matter, :report, :level, :level, :opened, :due)""")
                .param("id", id).param("matter", matterId).param("report", reportId)
                .param("level", level == null ? null : level.name()).param("opened", openedOn).param("due", legalDue)
                .update();
    }

    Optional<Investigation> findById(UUID id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(InvestigationRepository::investigation)
                .optional();
    }

    Optional<Investigation> findOpen(UUID matterId) {
        return jdbc.sql(SELECT + " where matter_id = :m and closed_on is null").param("m", matterId)
                .query(InvestigationRepository::investigation).optional();
    }

    List<Investigation> forMatter(UUID matterId) {
        return jdbc.sql(SELECT + " where matter_id = :m order by opened_on").param("m", matterId)
                .query(InvestigationRepository::investigation).list();
    }

    /**
     * Sets one column if nobody changed the investigation since the caller read {@code version}; the
     * column name comes from this module's code, never from input.
     */
    boolean update(UUID id, int version, String column, Object value) {
        return jdbc.sql("update investigation set " + column + " = :value, version = version + 1"
                        + " where id = :id and version = :version and closed_on is null")
                .param("value", value).param("id", id).param("version", version).update() == 1;
    }

    /** Sets the level; the first level an investigation gets is also the one it is counted by (opened with). */
    boolean updateLevel(UUID id, int version, Level level) {
        return jdbc.sql("""
                        update investigation set level = :level, level_when_opened = coalesce(level_when_opened, :level),
                            version = version + 1
                        where id = :id and version = :version and closed_on is null""")
                .param("level", level.name()).param("id", id).param("version", version).update() == 1;
    }

    boolean communicate(UUID id, int version, LocalDate on, String comments) {
        return jdbc.sql("""
                        update investigation set communicated_on = :on, communication_comments = :comments,
                            version = version + 1
                        where id = :id and version = :version and closed_on is null""")
                .param("on", on).param("comments", comments).param("id", id).param("version", version)
                .update() == 1;
    }

    void recordExtension(UUID id, LocalDate previousDue, LocalDate newDue, String reason, UUID by) {
        jdbc.sql("""
                        insert into investigation_extension (investigation_id, previous_due, new_due, reason, decided_by)
                        values (:id, :previous, :due, :reason, :by)""")
                .param("id", id).param("previous", previousDue).param("due", newDue).param("reason", reason)
                .param("by", by).update();
    }

    List<Extension> extensions(UUID investigationId) {
        return jdbc.sql("""
                        select e.decided_at, e.previous_due, e.new_due, e.reason, u.display_name
                        from investigation_extension e join app_user u on u.id = e.decided_by
                        where e.investigation_id = :id order by e.decided_at""")
                .param("id", investigationId)
                .query((rs, n) -> new Extension(rs.getTimestamp(1).toInstant(), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5)))
                .list();
    }

    private static Investigation investigation(ResultSet rs, int row) throws SQLException {
        String level = rs.getString("level");
        String levelWhenOpened = rs.getString("level_when_opened");
        return new Investigation(rs.getObject("id", UUID.class), rs.getObject("matter_id", UUID.class),
                rs.getObject("report_id", UUID.class), level == null ? null : Level.valueOf(level),
                levelWhenOpened == null ? null : Level.valueOf(levelWhenOpened),
                rs.getObject("opened_on", LocalDate.class), rs.getObject("legal_due", LocalDate.class),
                rs.getObject("investigator_id", UUID.class), rs.getObject("closed_on", LocalDate.class),
                rs.getString("plan"), rs.getObject("communicated_on", LocalDate.class),
                rs.getString("communication_comments"), rs.getInt("version"), rs.getTimestamp("recorded_at").toInstant());
    }
}
