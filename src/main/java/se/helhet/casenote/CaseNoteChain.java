package se.helhet.casenote;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.helhet.platform.ChainResult;
import se.helhet.platform.ChainedTable;
import se.helhet.platform.HashChains;

/**
 * Signed case notes as a hash chain (ADR 8): a note is linked when it is signed, over everything it says and
 * who signed it when. Drafts are not in the chain; a note that has a link or a signing time is.
 */
@Repository
@Order(2)
class CaseNoteChain implements ChainedTable {

    static final String CHAIN = "case_note";
    static final String CONTENT = """
            id, matter_id, type, occurred_on, minutes_spent, text, child_informed, child_views, no_conversation_reason,
            school_name, corrects_note_id, author_id, created_at, signed_at""";

    /** What a signed note's hash covers, read from its row; {@code signedAt} as it is being signed. */
    static Object[] content(ResultSet rs, OffsetDateTime signedAt) throws SQLException {
        return new Object[] {rs.getObject("id", UUID.class), rs.getObject("matter_id", UUID.class),
                rs.getString("type"), rs.getObject("occurred_on", LocalDate.class), rs.getInt("minutes_spent"),
                rs.getString("text"), rs.getObject("child_informed", Boolean.class), rs.getString("child_views"),
                rs.getString("no_conversation_reason"), rs.getString("school_name"),
                rs.getObject("corrects_note_id", UUID.class), rs.getObject("author_id", UUID.class),
                rs.getObject("created_at", OffsetDateTime.class), signedAt};
    }

    private static Object[] content(ResultSet rs) throws SQLException {
        return content(rs, rs.getObject("signed_at", OffsetDateTime.class));
    }

    @Override
    public ChainResult verify(JdbcClient jdbc, HashChains chains) {
        HashChains.Walk walk = chains.walk(jdbc, CHAIN);
        jdbc.sql("select chain_seq, chain_hash, " + CONTENT + " from case_note"
                        + " where signed_at is not null or chain_seq is not null order by chain_seq nulls last, id")
                .query((RowCallbackHandler) rs -> walk.row(rs.getString("id"), rs.getObject("chain_seq", Long.class),
                        rs.getBytes("chain_hash"), content(rs)));
        return walk.result();
    }

    @Override
    public void linkUnlinked(JdbcClient jdbc, HashChains chains) {
        HashChains.Appender appender = chains.append(jdbc, CHAIN);
        List<String> ids = new ArrayList<>();
        List<Long> seqs = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        jdbc.sql("select " + CONTENT + " from case_note where signed_at is not null and chain_seq is null"
                        + " order by signed_at, id")
                .query((RowCallbackHandler) rs -> {
                    HashChains.Link link = appender.link(content(rs));
                    ids.add(rs.getString("id"));
                    seqs.add(link.seq());
                    hashes.add(link.hex());
                });
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update case_note n set chain_seq = v.seq, chain_hash = decode(v.hash, 'hex')
                        from unnest(cast(? as uuid[]), ?, ?) as v(id, seq, hash) where n.id = v.id""")
                .params(ids.toArray(String[]::new), seqs.toArray(Long[]::new), hashes.toArray(String[]::new))
                .update();
        appender.finish();
    }
}
