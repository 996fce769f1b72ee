package se.helhet.matter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.helhet.common.Level;
import se.helhet.common.Phrase;

@Repository
class MatterRepository {

    private static final String COLUMNS = """
            id, kind, person_id, unit_id, opened_at, closed_on, level, responsible_worker_id, area_id_at_start,
            age_at_start, reopened, version, closing_reason""";

    private final JdbcClient jdbc;

    MatterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Matter> findById(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from matter where id = :id").param("id", id)
                .query(MatterRepository::matter).optional();
    }

    List<Matter> findAll(java.util.Collection<UUID> ids) {
        return jdbc.sql("select " + COLUMNS + " from matter where id = any(:ids)")
                .param("ids", ids.toArray(UUID[]::new)).query(MatterRepository::matter).list();
    }

    /**
     * Locks the person's open matter of the kind, if any, so two reports about one child (or two openings in one
     * adult unit) never open two matters.
     */
    Optional<Matter> findOpenForUpdate(UUID personId, MatterKind kind) {
        return jdbc.sql("select " + COLUMNS
                        + " from matter where person_id = :person and kind = :kind and closed_on is null for update")
                .param("person", personId).param("kind", kind.name()).query(MatterRepository::matter).optional();
    }

    /** Every matter of the person, of every kind, newest first. */
    List<Matter> forPerson(UUID personId) {
        return jdbc.sql("select " + COLUMNS + " from matter where person_id = :person order by opened_at desc")
                .param("person", personId).query(MatterRepository::matter).list();
    }

    /** Every matter of these persons (a family), newest first. */
    List<Matter> forPersons(java.util.Collection<UUID> personIds) {
        return jdbc.sql("select " + COLUMNS + " from matter where person_id = any(:persons) order by opened_at desc")
                .param("persons", personIds.toArray(UUID[]::new)).query(MatterRepository::matter).list();
    }

    void insert(Matter m, UUID createdBy) {
        jdbc.sql("""
                        insert into matter (id, kind, person_id, unit_id, opened_at, level, responsible_worker_id,
                            area_id_at_start, age_at_start, reopened, created_by)
                        values (:id, :kind, :person, :unit, :openedAt, :level, :worker, :area, :age, :reopened, :createdBy)""")
                .param("id", m.id()).param("kind", m.kind().name()).param("person", m.personId()).param("unit", m.unitId())
                .param("openedAt", java.sql.Timestamp.from(m.openedAt()))
                .param("level", m.level() == null ? null : m.level().name())
                .param("worker", m.responsibleWorkerId()).param("area", m.areaIdAtStart())
                .param("age", m.ageAtStart()).param("reopened", m.reopened()).param("createdBy", createdBy)
                .update();
    }

    /** Optimistic: changes only the version the caller read, so a stale write is refused, never applied. */
    boolean updateLevel(UUID id, int version, Level level) {
        return jdbc.sql("update matter set level = :level, version = version + 1 where id = :id and version = :version")
                .param("level", level.name()).param("id", id).param("version", version).update() == 1;
    }

    boolean updateResponsible(UUID id, int version, UUID worker, UUID unit) {
        return jdbc.sql("""
                        update matter set responsible_worker_id = :worker, unit_id = :unit, version = version + 1
                        where id = :id and version = :version""")
                .param("worker", worker).param("unit", unit).param("id", id).param("version", version)
                .update() == 1;
    }

    boolean close(UUID id, int version, LocalDate on, String reason) {
        return jdbc.sql("""
                        update matter set closed_on = :on, closing_reason = :reason, version = version + 1
                        where id = :id and version = :version and closed_on is null""")
                .param("on", on).param("reason", reason).param("id", id).param("version", version)
                .update() == 1;
    }

    void recordLevel(UUID matterId, Level level, UUID by, String reason) {
        jdbc.sql("insert into matter_level_change (matter_id, level, changed_by, reason) values (:m, :l, :by, :r)")
                .param("m", matterId).param("l", level.name()).param("by", by).param("r", reason).update();
    }

    List<TimelineEntry> levelChanges(UUID matterId) {
        return jdbc.sql("""
                        select c.changed_at, c.level, c.reason, u.display_name from matter_level_change c
                        join app_user u on u.id = c.changed_by where c.matter_id = :m order by c.changed_at""")
                .param("m", matterId)
                .query((rs, n) -> new TimelineEntry(rs.getTimestamp(1).toInstant(), "LEVEL",
                        new Phrase("matter.timeline.level", Level.valueOf(rs.getString(2)).label(), rs.getString(3)),
                        rs.getString(4)))
                .list();
    }

    private static Matter matter(ResultSet rs, int row) throws SQLException {
        String level = rs.getString("level");
        return new Matter(rs.getObject("id", UUID.class), MatterKind.valueOf(rs.getString("kind")),
                rs.getObject("person_id", UUID.class),
                rs.getObject("unit_id", UUID.class), rs.getTimestamp("opened_at").toInstant(),
                rs.getObject("closed_on", LocalDate.class), level == null ? null : Level.valueOf(level),
                rs.getObject("responsible_worker_id", UUID.class), rs.getObject("area_id_at_start", UUID.class),
                rs.getObject("age_at_start", Integer.class), rs.getBoolean("reopened"), rs.getInt("version"),
                rs.getString("closing_reason"));
    }
}
