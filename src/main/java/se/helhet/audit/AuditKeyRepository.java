package se.helhet.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Review keys with their questions; only ever inserted (the database refuses changing a key in use). */
@Repository
class AuditKeyRepository {

    private final JdbcClient jdbc;

    AuditKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AuditKey> keys() {
        return keys("true", null);
    }

    Optional<AuditKey> key(UUID id) {
        return keys("id = :id", id).stream().findFirst();
    }

    /** The keys that meet {@code which} (with :id bound to {@code id}), with their questions in order. */
    private List<AuditKey> keys(String which, UUID id) {
        Map<UUID, List<Question>> questions = new LinkedHashMap<>();
        jdbc.sql("""
                        select key_id, id, number, group_name, text, answer_kind, scale_low, scale_high
                        from audit_question where key_id in (select id from audit_key where %s)
                        order by key_id, number""".formatted(which))
                .param("id", id)
                .query(rs -> {
                    questions.computeIfAbsent(rs.getObject("key_id", UUID.class), k -> new ArrayList<>())
                            .add(new Question(rs.getObject("id", UUID.class), rs.getInt("number"),
                                    rs.getString("group_name"), rs.getString("text"),
                                    AnswerKind.valueOf(rs.getString("answer_kind")), rs.getString("scale_low"),
                                    rs.getString("scale_high")));
                });
        return jdbc.sql("select id, code, version, name, description from audit_key where %s order by code, version"
                        .formatted(which))
                .param("id", id)
                .query((rs, n) -> new AuditKey(rs.getObject("id", UUID.class), rs.getString("code"),
                        rs.getInt("version"), rs.getString("name"), rs.getString("description"),
                        questions.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
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
}
