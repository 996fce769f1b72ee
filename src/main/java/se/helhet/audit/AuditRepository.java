package se.helhet.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.helhet.common.Level;
import se.helhet.followup.AreaChoice;

@Repository
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
     */
    private static final String ELIGIBLE = """
            select m.id as matter_id, row_number() over (order by md5(a.seed || m.id::text), m.id) as position
            from audit a
            join matter m on exists (select 1 from investigation i where i.matter_id = m.id
                                      and i.closed_on between a.closed_from and a.closed_to)
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

    List<AuditKey> keys() {
        Map<UUID, List<Question>> questions = new LinkedHashMap<>();
        jdbc.sql("""
                        select key_id, id, number, group_name, text, answer_kind, scale_low, scale_high
                        from audit_question order by key_id, number""")
                .query(rs -> {
                    questions.computeIfAbsent(rs.getObject("key_id", UUID.class), k -> new ArrayList<>())
                            .add(new Question(rs.getObject("id", UUID.class), rs.getInt("number"),
                                    rs.getString("group_name"), rs.getString("text"),
                                    AnswerKind.valueOf(rs.getString("answer_kind")), rs.getString("scale_low"),
                                    rs.getString("scale_high")));
                });
        return jdbc.sql("select id, code, version, name, description from audit_key order by code, version")
                .query((rs, n) -> new AuditKey(rs.getObject("id", UUID.class), rs.getString("code"),
                        rs.getInt("version"), rs.getString("name"), rs.getString("description"),
                        questions.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
    }

    Optional<AuditKey> key(UUID id) {
        return keys().stream().filter(k -> k.id().equals(id)).findFirst();
    }

    int nextVersion(String code) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from audit_key where code = :code").param("code", code)
                .query(Integer.class).single();
    }

    void insert(AuditKey key) {
        jdbc.sql("insert into audit_key (id, code, version, name, description) values (:id, :code, :v, :name, :d)")
                .param("id", key.id()).param("code", key.code()).param("v", key.version()).param("name", key.name())
                .param("d", key.description()).update();
        key.questions().forEach(q -> jdbc.sql("""
                        insert into audit_question (id, key_id, number, group_name, text, answer_kind, scale_low,
                            scale_high)
                        values (:id, :key, :number, :group, :text, :kind, :low, :high)""")
                .param("id", q.id()).param("key", key.id()).param("number", q.number()).param("group", q.group())
                .param("text", q.text()).param("kind", q.kind().name()).param("low", q.scaleLow())
                .param("high", q.scaleHigh()).update());
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

    List<Audit> audits() {
        return jdbc.sql(AUDIT + " order by a.created_at desc").query(AuditRepository::audit).list();
    }

    Optional<Audit> audit(UUID id) {
        return jdbc.sql(AUDIT + " where a.id = :id").param("id", id).query(AuditRepository::audit).optional();
    }

    /** Stores the sample once: false when the audit was drawn already. */
    boolean draw(UUID audit, Instant at) {
        boolean first = jdbc.sql("""
                        update audit set eligible_count = (select count(*) from (%s) e), drawn_at = :at
                        where id = :audit and drawn_at is null""".formatted(ELIGIBLE))
                .param("audit", audit).param("at", Timestamp.from(at)).update() == 1;
        if (first) {
            jdbc.sql("""
                            insert into audit_matter (audit_id, matter_id, position)
                            select :audit, e.matter_id, e.position from (%s) e
                            where e.position <= (select sample_size from audit where id = :audit)"""
                            .formatted(ELIGIBLE))
                    .param("audit", audit).update();
        }
        return first;
    }

    List<AuditMatter> sample(UUID audit) {
        return jdbc.sql("""
                        select am.matter_id, m.child_id, am.position, m.level, u.name as unit_name,
                               (select max(i.closed_on) from investigation i where i.matter_id = m.id
                                  and i.closed_on between a.closed_from and a.closed_to) as closed_on,
                               (select count(*) from audit_answer aa where aa.audit_id = am.audit_id
                                  and aa.matter_id = am.matter_id and (aa.answer is not null or aa.scale is not null))
                                  as answered,
                               am.reviewed_at, r.display_name as reviewed_by
                        from audit_matter am join audit a on a.id = am.audit_id
                        join matter m on m.id = am.matter_id join unit u on u.id = m.unit_id
                        left join app_user r on r.id = am.reviewed_by
                        where am.audit_id = :audit order by am.position""")
                .param("audit", audit)
                .query((rs, n) -> new AuditMatter(rs.getObject("matter_id", UUID.class),
                        rs.getObject("child_id", UUID.class), rs.getInt("position"), level(rs.getString("level")),
                        rs.getString("unit_name"), rs.getObject("closed_on", LocalDate.class), rs.getInt("answered"),
                        instant(rs.getTimestamp("reviewed_at")), rs.getString("reviewed_by")))
                .list();
    }

    List<GivenAnswer> answers(UUID audit, UUID matter) {
        return jdbc.sql("""
                        select q.number, aa.answer, aa.scale, aa.comment, u.display_name, aa.answered_at
                        from audit_answer aa join audit_question q on q.id = aa.question_id
                        join app_user u on u.id = aa.answered_by
                        where aa.audit_id = :audit and aa.matter_id = :matter order by q.number""")
                .param("audit", audit).param("matter", matter)
                .query((rs, n) -> new GivenAnswer(rs.getInt("number"),
                        rs.getString("answer") == null ? null : Answer.valueOf(rs.getString("answer")),
                        rs.getObject("scale", Integer.class), rs.getString("comment"), rs.getString("display_name"),
                        instant(rs.getTimestamp("answered_at"))))
                .list();
    }

    /** Stores a given answer; an empty one only clears an answer stored before, it adds no row. */
    void save(UUID audit, UUID matter, UUID question, GivenAnswer given, UUID by) {
        String sql = given.empty() ? """
                update audit_answer set answer = null, scale = null, comment = null, answered_by = :by,
                    answered_at = clock_timestamp()
                where audit_id = :audit and matter_id = :matter and question_id = :question""" : """
                insert into audit_answer (audit_id, matter_id, question_id, answer, scale, comment, answered_by)
                values (:audit, :matter, :question, :answer, :scale, :comment, :by)
                on conflict (audit_id, matter_id, question_id) do update
                set answer = excluded.answer, scale = excluded.scale, comment = excluded.comment,
                    answered_by = excluded.answered_by, answered_at = clock_timestamp()""";
        jdbc.sql(sql).param("audit", audit).param("matter", matter).param("question", question).param("by", by)
                .param("answer", given.answer() == null ? null : given.answer().name())
                .param("scale", given.scale())
                .param("comment", given.comment() == null || given.comment().isBlank() ? null : given.comment().trim())
                .update();
    }

    void markReviewed(UUID audit, UUID matter, UUID by, Instant at) {
        jdbc.sql("""
                        update audit_matter set reviewed_at = :at, reviewed_by = :by
                        where audit_id = :audit and matter_id = :matter""")
                .param("at", at == null ? null : Timestamp.from(at)).param("by", at == null ? null : by)
                .param("audit", audit).param("matter", matter).update();
    }

    /** Per question of the audit's key, the answers about its reviewed matters. */
    List<QuestionResult> results(Audit audit, AuditKey key) {
        Map<UUID, Question> questions = new LinkedHashMap<>();
        key.questions().forEach(q -> questions.put(q.id(), q));
        return jdbc.sql("""
                        select q.id,
                               count(*) filter (where x.answer = 'YES') as yes,
                               count(*) filter (where x.answer = 'PARTLY') as partly,
                               count(*) filter (where x.answer = 'NO') as no,
                               count(*) filter (where x.answer = 'NOT_APPLICABLE') as not_applicable,
                               count(x.scale) as scaled, avg(x.scale)::float8 as mean
                        from audit_question q
                        left join (select aa.question_id, aa.answer, aa.scale
                                   from audit_answer aa join audit_matter am
                                     on am.audit_id = aa.audit_id and am.matter_id = aa.matter_id
                                   where aa.audit_id = :audit and am.reviewed_at is not null) x
                          on x.question_id = q.id
                        where q.key_id = :key
                        group by q.id, q.number order by q.number""")
                .param("audit", audit.id()).param("key", key.id())
                .query((rs, n) -> new QuestionResult(questions.get(rs.getObject("id", UUID.class)), rs.getLong("yes"),
                        rs.getLong("partly"), rs.getLong("no"), rs.getLong("not_applicable"), rs.getLong("scaled"),
                        rs.getObject("mean", Double.class)))
                .list();
    }

    List<AuditComment> comments(UUID audit) {
        return jdbc.sql("""
                        select q.number, aa.matter_id, am.position, aa.comment
                        from audit_answer aa join audit_question q on q.id = aa.question_id
                        join audit_matter am on am.audit_id = aa.audit_id and am.matter_id = aa.matter_id
                        where aa.audit_id = :audit and am.reviewed_at is not null and aa.comment is not null
                        order by q.number, am.position""")
                .param("audit", audit)
                .query((rs, n) -> new AuditComment(rs.getInt("number"), rs.getObject("matter_id", UUID.class),
                        rs.getInt("position"), rs.getString("comment")))
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
