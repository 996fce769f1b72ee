package se.helhet.trace;

import java.sql.ResultSet;
import java.sql.SQLException;
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

/** The access log as a hash chain: what of a row its hash covers, and the walk that verifies it (ADR 8). */
@Repository
@Order(1)
class TraceChain implements ChainedTable {

    static final String CHAIN = "trace";
    private static final String LINKED_CONTENT =
            "at, user_id, username, action, record_type, record_id, person_id, person_ref, channel";
    private static final String CONTENT = LINKED_CONTENT + ", consent_id";

    /**
     * What a row's hash covers, in this order: everything but its id, which the database gives it. The consent a
     * read relied on joins only when there is one, so the rows written before the column existed verify unchanged.
     */
    static Object[] content(OffsetDateTime at, UUID userId, String username, String action, String recordType,
                            String recordId, UUID personId, String personRef, String channel, UUID consentId) {
        return consentId == null
                ? new Object[] {at, userId, username, action, recordType, recordId, personId, personRef, channel}
                : new Object[] {at, userId, username, action, recordType, recordId, personId, personRef, channel,
                        consentId};
    }

    private static Object[] content(ResultSet rs, UUID consentId) throws SQLException {
        return content(rs.getObject("at", OffsetDateTime.class), rs.getObject("user_id", UUID.class),
                rs.getString("username"), rs.getString("action"), rs.getString("record_type"),
                rs.getString("record_id"), rs.getObject("person_id", UUID.class), rs.getString("person_ref"),
                rs.getString("channel"), consentId);
    }

    @Override
    public ChainResult verify(JdbcClient jdbc, HashChains chains) {
        HashChains.Walk walk = chains.walk(jdbc, CHAIN);
        jdbc.sql("select id, chain_seq, chain_hash, " + CONTENT + " from trace order by chain_seq nulls last, id")
                .query((RowCallbackHandler) rs -> walk.row(String.valueOf(rs.getLong("id")),
                        rs.getObject("chain_seq", Long.class), rs.getBytes("chain_hash"),
                        content(rs, rs.getObject("consent_id", UUID.class))));
        return walk.result();
    }

    /**
     * Links rows written without a link: by V24 those from before the chain, whose table had no consent column yet,
     * and demo rows loaded in bulk, which rely on no consent. A row that names a consent is always linked as it is
     * written.
     */
    @Override
    public void linkUnlinked(JdbcClient jdbc, HashChains chains) {
        HashChains.Appender appender = chains.append(jdbc, CHAIN);
        List<Long> ids = new ArrayList<>();
        List<Long> seqs = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        jdbc.sql("select id, " + LINKED_CONTENT + " from trace where chain_seq is null order by id")
                .query((RowCallbackHandler) rs -> {
                    HashChains.Link link = appender.link(content(rs, null));
                    ids.add(rs.getLong("id"));
                    seqs.add(link.seq());
                    hashes.add(link.hex());
                });
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update trace t set chain_seq = v.seq, chain_hash = decode(v.hash, 'hex')
                        from unnest(?, ?, ?) as v(id, seq, hash) where t.id = v.id""")
                .params(ids.toArray(Long[]::new), seqs.toArray(Long[]::new), hashes.toArray(String[]::new))
                .update();
        appender.finish();
    }
}
