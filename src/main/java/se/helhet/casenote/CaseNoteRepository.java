package se.helhet.casenote;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.helhet.platform.HashChains;

@Repository
class CaseNoteRepository {

    private static final String NOTE = """
            select n.id, n.matter_id, n.type, n.occurred_on, n.minutes_spent, n.text, n.child_informed, n.child_views,
                   n.no_conversation_reason, n.school_name, n.corrects_note_id, c.id as corrected_by,
                   c.signed_at is not null as correction_signed, n.author_id, u.display_name, n.created_at,
                   n.signed_at, n.version
            from case_note n join app_user u on u.id = n.author_id
            left join case_note c on c.corrects_note_id = n.id""";

    private final JdbcClient jdbc;
    private final HashChains chains;

    CaseNoteRepository(JdbcClient jdbc, HashChains chains) {
        this.jdbc = jdbc;
        this.chains = chains;
    }

    void insert(UUID id, UUID matterId, CaseNoteRules.Checked n, UUID correctsNoteId, UUID authorId) {
        jdbc.sql("""
                        insert into case_note (id, matter_id, type, occurred_on, minutes_spent, text, child_informed,
                            child_views, no_conversation_reason, school_name, corrects_note_id, author_id)
                        values (:id, :matter, :type, :on, :minutes, :text, :informed, :views, :reason, :school,
                            :corrects, :author)""")
                .param("id", id).param("matter", matterId).param("corrects", correctsNoteId).param("author", authorId)
                .params(values(n))
                .update();
    }

    /** Optimistic and final: changes only an unsigned draft at the version the caller read. */
    boolean update(UUID id, int version, CaseNoteRules.Checked n) {
        return jdbc.sql("""
                        update case_note set type = :type, occurred_on = :on, minutes_spent = :minutes, text = :text,
                            child_informed = :informed, child_views = :views, no_conversation_reason = :reason,
                            school_name = :school, version = version + 1
                        where id = :id and version = :version and signed_at is null""")
                .param("id", id).param("version", version).params(values(n))
                .update() == 1;
    }

    /**
     * Signs the draft at the version the caller read and links it into the chain of signed notes (ADR 8); the
     * chain's head stays locked until the caller's transaction ends, so notes signed at once follow one another.
     */
    boolean sign(UUID id, int version, Instant at) {
        HashChains.Appender chain = chains.append(jdbc, CaseNoteChain.CHAIN);
        OffsetDateTime signedAt = at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        Optional<HashChains.Link> link = jdbc.sql("select " + CaseNoteChain.CONTENT
                        + " from case_note where id = :id and version = :version and signed_at is null for update")
                .param("id", id).param("version", version)
                .query((rs, n) -> chain.link(CaseNoteChain.content(rs, signedAt)))
                .optional();
        if (link.isEmpty()) {
            return false;
        }
        jdbc.sql("""
                        update case_note set signed_at = :at, version = version + 1, chain_seq = :seq, chain_hash = :hash
                        where id = :id""")
                .param("at", signedAt).param("id", id).param("seq", link.get().seq()).param("hash", link.get().hash())
                .update();
        chain.finish();
        return true;
    }

    Optional<CaseNote> findById(UUID id) {
        return jdbc.sql(NOTE + " where n.id = :id").param("id", id).query(CaseNoteRepository::note).optional();
    }

    /** Newest first: by the day it happened, then by when it was written. */
    List<CaseNote> forMatter(UUID matterId) {
        return jdbc.sql(NOTE + " where n.matter_id = :m order by n.occurred_on desc, n.created_at desc")
                .param("m", matterId).query(CaseNoteRepository::note).list();
    }

    boolean hasSignedConversationHeld(UUID matterId) {
        return jdbc.sql("""
                        select exists (select 1 from case_note where matter_id = :m and signed_at is not null
                            and type = 'CONVERSATION_WITH_CHILD' and no_conversation_reason is null)""")
                .param("m", matterId).query(Boolean.class).single();
    }

    boolean hasSignedSchoolContact(UUID matterId) {
        return jdbc.sql("""
                        select exists (select 1 from case_note where matter_id = :m and signed_at is not null
                            and type = 'SCHOOL_CONTACT')""")
                .param("m", matterId).query(Boolean.class).single();
    }

    /** The typed values; a HashMap, since several are null for most types. */
    private static Map<String, Object> values(CaseNoteRules.Checked n) {
        Map<String, Object> values = new HashMap<>();
        values.put("type", n.type().name());
        values.put("on", n.occurredOn());
        values.put("minutes", n.minutesSpent());
        values.put("text", n.text());
        values.put("informed", n.childInformed());
        values.put("views", n.childViews());
        values.put("reason", n.noConversationReason());
        values.put("school", n.schoolName());
        return values;
    }

    private static CaseNote note(ResultSet rs, int row) throws SQLException {
        Timestamp signed = rs.getTimestamp("signed_at");
        return new CaseNote(rs.getObject("id", UUID.class), rs.getObject("matter_id", UUID.class),
                CaseNoteType.valueOf(rs.getString("type")), rs.getObject("occurred_on", LocalDate.class),
                rs.getInt("minutes_spent"), rs.getString("text"), rs.getObject("child_informed", Boolean.class),
                rs.getString("child_views"), rs.getString("no_conversation_reason"), rs.getString("school_name"),
                rs.getObject("corrects_note_id", UUID.class), rs.getObject("corrected_by", UUID.class),
                rs.getBoolean("correction_signed"), rs.getObject("author_id", UUID.class), rs.getString("display_name"),
                rs.getTimestamp("created_at").toInstant(), signed == null ? null : signed.toInstant(),
                rs.getInt("version"));
    }
}
