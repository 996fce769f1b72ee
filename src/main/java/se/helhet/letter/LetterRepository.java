package se.helhet.letter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

@Repository
class LetterRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    LetterRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(UUID id, LetterKind kind, UUID recordId, Letter letter, byte[] pdf, UUID createdBy) {
        jdbc.sql("""
                        insert into letter (id, kind, record_id, content, text, lix, pdf, sent_on, created_by)
                        values (:id, :kind, :record, cast(:content as jsonb), :text, :lix, :pdf, :on, :by)""")
                .param("id", id).param("kind", kind.name()).param("record", recordId)
                .param("content", json.writeValueAsString(letter)).param("text", letter.text())
                .param("lix", BigDecimal.valueOf(letter.lix().value()).setScale(1, RoundingMode.HALF_UP))
                .param("pdf", pdf).param("on", letter.date()).param("by", createdBy)
                .update();
    }

    Optional<SentLetter> find(LetterKind kind, UUID recordId) {
        return jdbc.sql("select id, kind, record_id, content, lix, created_at from letter where kind = :kind and record_id = :record")
                .param("kind", kind.name()).param("record", recordId)
                .query(this::sent).optional();
    }

    Optional<LetterFile> pdf(LetterKind kind, UUID recordId) {
        return jdbc.sql("select sent_on, pdf from letter where kind = :kind and record_id = :record")
                .param("kind", kind.name()).param("record", recordId)
                .query((rs, n) -> LetterFile.of(kind, rs.getObject(1, LocalDate.class), rs.getBytes(2))).optional();
    }

    /** How many letters of each kind had each readability, sent in the period; banded by the caller. */
    List<LixCount> lixCounts(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select kind, lix, count(*) from letter where sent_on between :from and :to
                        group by kind, lix""")
                .param("from", from).param("to", to)
                .query((rs, n) -> new LixCount(LetterKind.valueOf(rs.getString(1)), rs.getDouble(2), rs.getLong(3)))
                .list();
    }

    record LixCount(LetterKind kind, double lix, long count) {
    }

    private SentLetter sent(ResultSet rs, int row) throws SQLException {
        return new SentLetter(rs.getObject(1, UUID.class), LetterKind.valueOf(rs.getString(2)),
                rs.getObject(3, UUID.class), json.readValue(rs.getString(4), Letter.class), rs.getDouble(5),
                rs.getTimestamp(6).toInstant());
    }
}
