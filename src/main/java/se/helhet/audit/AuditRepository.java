package se.helhet.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.helhet.common.AreaChoice;
import se.helhet.common.Level;
import se.helhet.platform.ReadModel;

/**
 * Audits, their units and their samples. Drawing a sample and listing it read the matter, investigation and area
 * tables in one statement, read-only, so that the count and the sample come from the same records (ADR 10).
 */
@Repository
@ReadModel({"matter", "investigation", "area"})
class AuditRepository {

    private static final String AUDIT = """
            select a.id, a.name, a.key_id, k.name as key_name, k.version as key_version, a.area, a.closed_from,
                   a.closed_to, a.level, a.sample_size, a.seed, a.eligible_count, a.drawn_at, a.created_at,
                   array(select au.unit_id from audit_unit au where au.audit_id = a.id order by au.unit_id) as unit_ids,
                   array(select u.name from audit_unit au join unit u on u.id = au.unit_id
                         where au.audit_id = a.id order by u.name) as unit_names,
                   (select count(*) from audit_matter am where am.audit_id = a.id) as sampled,
                   (select count(*) from audit_matter am where am.audit_id = a.id and am.reviewed_at is not null)
                       as reviewed
            from audit a join audit_key k on k.id = a.key_id""";

    /**
     * The matters that meet an audit's criteria, each with its place in the draw: ordered by the md5 of the
     * seed and the matter's id, so the same criteria and seed over the same records give the same matters.
     * The matters with an investigation closed in the period are found first and joined once: written as a
     * correlated {@code exists} per matter, the planner (trusting a just-filled audit table's statistics)
     * looped over every matter of a city for every investigation.
     */
    private static final String ELIGIBLE = """
            select m.id as matter_id, row_number() over (order by md5(a.seed || m.id::text), m.id) as position
            from audit a
            join lateral (select distinct i.matter_id from investigation i
                          where i.closed_on between a.closed_from and a.closed_to) closed on true
            join matter m on m.id = closed.matter_id
            left join area ar on ar.id = m.area_id_at_start
            where a.id = :audit
              and (a.area = 'ALL' or ar.kind = a.area)
              and (a.level is null or m.level = a.level)
              and (not exists (select 1 from audit_unit au where au.audit_id = a.id)
                   or m.unit_id in (select au.unit_id from audit_unit au where au.audit_id = a.id))""";

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, AuditRules.Checked audit, UUID createdBy) {
        Criteria c = audit.criteria();
        jdbc.sql("""
                        insert into audit (id, name, key_id, area, closed_from, closed_to, level, sample_size, seed,
                            created_by)
                        values (:id, :name, :key, :area, :from, :to, :level, :size, :seed, :by)""")
                .param("id", id).param("name", audit.name()).param("key", audit.keyId())
                .param("area", c.area().name()).param("from", c.closedFrom()).param("to", c.closedTo())
                .param("level", c.level() == null ? null : c.level().name()).param("size", c.sampleSize())
                .param("seed", audit.seed()).param("by", createdBy)
                .update();
        c.unitIds().forEach(unit -> jdbc.sql("insert into audit_unit (audit_id, unit_id) values (:a, :u)")
                .param("a", id).param("u", unit).update());
    }

    boolean none() {
        return jdbc.sql("select not exists (select 1 from audit)").query(Boolean.class).single();
    }

    List<Audit> audits() {
        return jdbc.sql(AUDIT + " order by a.created_at desc").query(AuditRepository::audit).list();
    }

    Optional<Audit> audit(UUID id) {
        return jdbc.sql(AUDIT + " where a.id = :id").param("id", id).query(AuditRepository::audit).optional();
    }

    /**
     * Stores the sample once: false when the audit was drawn already. One statement, so the count and the
     * sample come from the same matters: two would each see the records as they were when it began.
     */
    boolean draw(UUID audit, Instant at) {
        return jdbc.sql("""
                        with eligible as (%s),
                        drawn as (update audit set eligible_count = (select count(*) from eligible), drawn_at = :at
                                  where id = :audit and drawn_at is null
                                  returning id, sample_size),
                        sampled as (insert into audit_matter (audit_id, matter_id, position)
                                    select d.id, e.matter_id, e.position from eligible e cross join drawn d
                                    where e.position <= d.sample_size)
                        select count(*) from drawn""".formatted(ELIGIBLE))
                .param("audit", audit).param("at", Timestamp.from(at)).query(Integer.class).single() == 1;
    }

    List<AuditMatter> sample(UUID audit) {
        return jdbc.sql("""
                        select am.matter_id, m.person_id as child_id, am.position, m.level, u.name as unit_name,
                               (select max(i.closed_on) from investigation i where i.matter_id = m.id
                                  and i.closed_on between a.closed_from and a.closed_to) as closed_on,
                               (select count(*) from audit_answer aa where aa.audit_id = am.audit_id
                                  and aa.matter_id = am.matter_id and (aa.answer is not null or aa.scale is not null))
                                  as answered,
                               am.reviewed_at, r.display_name as reviewed_by, am.version
                        from audit_matter am join audit a on a.id = am.audit_id
                        join matter m on m.id = am.matter_id join unit u on u.id = m.unit_id
                        left join app_user r on r.id = am.reviewed_by
                        where am.audit_id = :audit order by am.position""")
                .param("audit", audit)
                .query((rs, n) -> new AuditMatter(rs.getObject("matter_id", UUID.class),
                        rs.getObject("child_id", UUID.class), rs.getInt("position"), level(rs.getString("level")),
                        rs.getString("unit_name"), rs.getObject("closed_on", LocalDate.class), rs.getInt("answered"),
                        instant(rs.getTimestamp("reviewed_at")), rs.getString("reviewed_by"), rs.getInt("version")))
                .list();
    }

    private static Audit audit(ResultSet rs, int row) throws SQLException {
        Timestamp drawn = rs.getTimestamp("drawn_at");
        Criteria criteria = new Criteria(List.of((UUID[]) array(rs.getArray("unit_ids"))),
                AreaChoice.valueOf(rs.getString("area")), rs.getObject("closed_from", LocalDate.class),
                rs.getObject("closed_to", LocalDate.class), level(rs.getString("level")), rs.getInt("sample_size"));
        return new Audit(rs.getObject("id", UUID.class), rs.getString("name"), rs.getObject("key_id", UUID.class),
                rs.getString("key_name"), rs.getInt("key_version"), criteria,
                Arrays.asList((String[]) array(rs.getArray("unit_names"))), rs.getString("seed"),
                rs.getObject("eligible_count", Integer.class), instant(drawn), rs.getInt("sampled"),
                rs.getInt("reviewed"), rs.getTimestamp("created_at").toInstant());
    }

    private static Object array(Array array) throws SQLException {
        return array.getArray();
    }

    private static Level level(String value) {
        return value == null ? null : Level.valueOf(value);
    }

    private static Instant instant(Timestamp value) {
        return value == null ? null : value.toInstant();
    }
}
