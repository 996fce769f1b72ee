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
 * The family's matters in one query each (ADR 9): the family is everyone reachable through relations a few
 * steps out, as the person module draws it, and the matters are read with their unit and responsible worker for
 * the stops' lists of who takes part.
 */
@Repository
@ReadModel({"matter", "person_relation"})
class FamilyMatters {

    record FamilyMatter(UUID id, UUID personId, MatterKind kind, LocalDate openedOn, boolean open, String unitName,
                        UUID workerId, String workerName) {
    }

    private static final String FAMILY = """
            with recursive family(id, depth) as (
                select cast(:person as uuid), 0
                union
                select case when r.person_id = f.id then r.related_person_id else r.person_id end, f.depth + 1
                from family f
                join person_relation r on r.person_id = f.id or r.related_person_id = f.id
                where f.depth < 3
            )
            """;

    private static final String MATTER = """
            select m.id, m.person_id, m.kind, (m.opened_at at time zone 'Europe/Stockholm')::date as opened_on,
                   m.closed_on is null as open, u.name as unit_name, m.responsible_worker_id, w.display_name
            from matter m join unit u on u.id = m.unit_id left join app_user w on w.id = m.responsible_worker_id
            """;

    private final JdbcClient jdbc;

    FamilyMatters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every member of the person's family, the person included. */
    List<UUID> familyOf(UUID personId) {
        return jdbc.sql(FAMILY + "select distinct id from family limit 40").param("person", personId)
                .query(UUID.class).list();
    }

    /** The matters open now in the person's family. */
    List<FamilyMatter> openInFamilyOf(UUID personId) {
        return jdbc.sql(FAMILY + MATTER + " where m.closed_on is null and m.person_id in (select id from family)")
                .param("person", personId).query(FamilyMatters::matter).list();
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
