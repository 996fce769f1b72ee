package se.helhet.routine;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.helhet.matter.MatterKind;
import se.helhet.platform.ReadModel;

/**
 * The family's matters in one query each (ADR 9), the family as the person module draws it
 * ({@code People.familyIds}), read with their unit and responsible worker for the stops' lists of who takes part.
 */
@Repository
@ReadModel({"matter"})
class FamilyMatters {

    record FamilyMatter(UUID id, UUID personId, MatterKind kind, LocalDate openedOn, boolean open, String unitName,
                        UUID workerId, String workerName) {
    }

    private static final String MATTER = """
            select m.id, m.person_id, m.kind, (m.opened_at at time zone 'Europe/Stockholm')::date as opened_on,
                   m.closed_on is null as open, u.name as unit_name, m.responsible_worker_id, w.display_name
            from matter m join unit u on u.id = m.unit_id left join app_user w on w.id = m.responsible_worker_id
            """;

    private final JdbcClient jdbc;

    FamilyMatters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The matters open now of these persons (a family, {@code People.familyIds}). */
    List<FamilyMatter> openOf(Collection<UUID> personIds) {
        return jdbc.sql(MATTER + " where m.closed_on is null and m.person_id = any(:persons)")
                .param("persons", personIds.toArray(UUID[]::new)).query(FamilyMatters::matter).list();
    }

    List<FamilyMatter> byIds(Collection<UUID> ids) {
        return jdbc.sql(MATTER + " where m.id = any(:ids) order by m.opened_at")
                .param("ids", ids.toArray(UUID[]::new)).query(FamilyMatters::matter).list();
    }

    /** The matters of these persons, open or closed. */
    List<UUID> ofPersons(Collection<UUID> personIds) {
        return jdbc.sql("select id from matter where person_id = any(:persons)")
                .param("persons", personIds.toArray(UUID[]::new)).query(UUID.class).list();
    }

    /** The open matters a worker is responsible for. */
    List<UUID> openOfWorker(UUID workerId) {
        return jdbc.sql("select id from matter where responsible_worker_id = :w and closed_on is null")
                .param("w", workerId).query(UUID.class).list();
    }

    private static FamilyMatter matter(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new FamilyMatter(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                MatterKind.valueOf(rs.getString("kind")), rs.getObject("opened_on", LocalDate.class),
                rs.getBoolean("open"), rs.getString("unit_name"), rs.getObject("responsible_worker_id", UUID.class),
                rs.getString("display_name"));
    }
}
