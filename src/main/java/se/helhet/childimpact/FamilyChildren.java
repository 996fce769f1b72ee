package se.helhet.childimpact;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.helhet.matter.MatterKind;
import se.helhet.platform.ReadModel;

/**
 * The family around a decision or an analysis, read in one query each (ADR 9): a parent's children (related to
 * them as guardian, parent or in the household, under 18 on the day), the family's matters with their unit and
 * responsible worker, and the decisions taken without an analysis for each of the parent's children.
 */
@Repository
@ReadModel({"matter", "person", "person_relation"})
class FamilyChildren {

    record FamilyMatter(UUID id, UUID personId, MatterKind kind, String unitName, UUID workerId, String workerName,
                        boolean open) {
    }

    /** A decision taken without the analysis of one of the parent's children. */
    record Missing(UUID decisionId, UUID matterId, LocalDate decidedOn, UUID childId) {
    }

    private static final String CHILD_OF = """
            join person_relation r on (r.person_id = %1$s or r.related_person_id = %1$s)
                 and r.type in ('GUARDIAN', 'PARENT', 'HOUSEHOLD')
            join person c on c.id = case when r.person_id = %1$s then r.related_person_id else r.person_id end
                 and c.birth_date <= %2$s and c.birth_date > (%2$s - interval '18 years')::date
            """;

    private final JdbcClient jdbc;

    FamilyChildren(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The children of the person (under 18 today) and the person themself when a child. */
    List<UUID> childrenAround(UUID personId, LocalDate today) {
        return jdbc.sql("""
                        select c.id from person p %s where p.id = :p
                        union
                        select p.id from person p where p.id = :p and p.birth_date > (cast(:today as date) - interval '18 years')::date
                        """.formatted(CHILD_OF.formatted("p.id", "cast(:today as date)")))
                .param("p", personId).param("today", today).query(UUID.class).list();
    }

    boolean isChildOn(UUID personId, LocalDate day) {
        return jdbc.sql("""
                        select exists (select 1 from person where id = :p and birth_date <= :day
                                       and birth_date > (cast(:day as date) - interval '18 years')::date)""")
                .param("p", personId).param("day", day).query(Boolean.class).single();
    }

    List<FamilyMatter> matters(Collection<UUID> ids) {
        return jdbc.sql("""
                        select m.id, m.person_id, m.kind, u.name, m.responsible_worker_id, w.display_name,
                               m.closed_on is null
                        from matter m join unit u on u.id = m.unit_id left join app_user w on w.id = m.responsible_worker_id
                        where m.id = any(:ids) order by m.opened_at""")
                .param("ids", ids.toArray(UUID[]::new)).query(FamilyChildren::matter).list();
    }

    /** The open matters of these persons. */
    List<FamilyMatter> openMattersOf(Collection<UUID> personIds) {
        return jdbc.sql("""
                        select m.id, m.person_id, m.kind, u.name, m.responsible_worker_id, w.display_name, true
                        from matter m join unit u on u.id = m.unit_id left join app_user w on w.id = m.responsible_worker_id
                        where m.person_id = any(:ids) and m.closed_on is null order by m.opened_at""")
                .param("ids", personIds.toArray(UUID[]::new)).query(FamilyChildren::matter).list();
    }

    /** The matters of these persons, open or closed. */
    List<UUID> matterIdsOf(Collection<UUID> personIds) {
        return jdbc.sql("select id from matter where person_id = any(:ids)")
                .param("ids", personIds.toArray(UUID[]::new)).query(UUID.class).list();
    }

    /**
     * The decisions in these matters taken without an analysis of each child of the matter's person: no analysis
     * of that child covering the matter made on or before the day of the decision.
     */
    List<Missing> missing(Collection<UUID> matterIds) {
        return jdbc.sql("""
                        select distinct d.id, d.matter_id, d.decided_on, c.id
                        from adult_decision d %s
                        where d.matter_id = any(:matters)
                          and not exists (select 1 from child_impact_analysis a
                                          join child_impact_consequence k on k.analysis_id = a.id
                                          where a.child_id = c.id and k.matter_id = d.matter_id and k.consequence is not null
                                            and a.made_on <= d.decided_on)
                        order by d.decided_on desc""".formatted(CHILD_OF.formatted("d.person_id", "d.decided_on")))
                .param("matters", matterIds.toArray(UUID[]::new))
                .query((rs, n) -> new Missing(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, UUID.class)))
                .list();
    }

    private static FamilyMatter matter(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new FamilyMatter(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                MatterKind.valueOf(rs.getString(3)), rs.getString(4), rs.getObject(5, UUID.class), rs.getString(6),
                rs.getBoolean(7));
    }
}
