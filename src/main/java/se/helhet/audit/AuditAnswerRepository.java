package se.helhet.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reviewers' answers per matter, the reviewed mark, and the counts per question over reviewed matters. */
@Repository
class AuditAnswerRepository {

    private final JdbcClient jdbc;

    AuditAnswerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** The sampled matter's version, its row locked until the saving transaction ends; null when not sampled. */
    Integer lockedVersion(UUID audit, UUID matter) {
        return jdbc.sql("select version from audit_matter where audit_id = :audit and matter_id = :matter for update")
                .param("audit", audit).param("matter", matter).query(Integer.class).optional().orElse(null);
    }

    int nextVersion(UUID audit, UUID matter) {
        return jdbc.sql("""
                        update audit_matter set version = version + 1 where audit_id = :audit and matter_id = :matter
                        returning version""")
                .param("audit", audit).param("matter", matter).query(Integer.class).single();
    }

    /**
     * Stores a given answer; an empty one only clears an answer stored before, it adds no row. An answer as it
     * was stored is left alone, so the one recorded as answering is who last changed it. True when changed.
     */
    boolean save(UUID audit, UUID matter, UUID question, GivenAnswer given, UUID by) {
        String sql = given.empty() ? """
                update audit_answer set answer = null, scale = null, comment = null, answered_by = :by,
                    answered_at = clock_timestamp()
                where audit_id = :audit and matter_id = :matter and question_id = :question
                  and (answer, scale, comment) is distinct from (null, null, null)""" : """
                insert into audit_answer (audit_id, matter_id, question_id, answer, scale, comment, answered_by)
                values (:audit, :matter, :question, :answer, :scale, :comment, :by)
                on conflict (audit_id, matter_id, question_id) do update
                set answer = excluded.answer, scale = excluded.scale, comment = excluded.comment,
                    answered_by = excluded.answered_by, answered_at = clock_timestamp()
                where (audit_answer.answer, audit_answer.scale, audit_answer.comment)
                      is distinct from (excluded.answer, excluded.scale, excluded.comment)""";
        return jdbc.sql(sql).param("audit", audit).param("matter", matter).param("question", question).param("by", by)
                .param("answer", given.answer() == null ? null : given.answer().name())
                .param("scale", given.scale())
                .param("comment", given.comment() == null || given.comment().isBlank() ? null : given.comment().trim())
                .update() == 1;
    }

    /** Marks the matter reviewed (at a time) or not (null); a matter already so is left as it is. True when changed. */
    boolean markReviewed(UUID audit, UUID matter, UUID by, Instant at) {
        return jdbc.sql("""
                        update audit_matter set reviewed_at = :at, reviewed_by = :by
                        where audit_id = :audit and matter_id = :matter and (reviewed_at is null) <> :unmark""")
                .param("at", at == null ? null : Timestamp.from(at)).param("by", at == null ? null : by)
                .param("unmark", at == null).param("audit", audit).param("matter", matter).update() == 1;
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

    private static Instant instant(Timestamp value) {
        return value == null ? null : value.toInstant();
    }
}
