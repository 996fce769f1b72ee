package se.helhet.trace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.helhet.access.CurrentUser;
import se.helhet.platform.HashChains;

@Repository
class TraceRepository {

    private static final String SELECT = """
            select id, at, username, action, record_type, record_id, person_id, person_ref, channel, consent_id from trace
            """;

    private final JdbcClient jdbc;
    private final HashChains chains;

    TraceRepository(JdbcClient jdbc, HashChains chains) {
        this.jdbc = jdbc;
        this.chains = chains;
    }

    /**
     * Each row linked into the chain (ADR 8): the chain's head stays locked until the caller's transaction
     * ends, so rows from concurrent requests follow one another.
     */
    void insert(CurrentUser user, TracedAction action, String recordType, String recordId,
                Collection<TracedPerson> persons, String channel) {
        insert(persons.stream().map(p -> new TraceRow(user, action, recordType, recordId, p, channel, null)).toList());
    }

    /**
     * The rows in the order given, all at the moment the head was locked, in one statement: a batch would be
     * split by the driver into one insert per power of two of the rows, each a round trip while the head is locked.
     */
    void insert(List<TraceRow> rows) {
        HashChains.Appender chain = chains.append(jdbc, TraceChain.CHAIN);
        OffsetDateTime at = chain.at().atOffset(ZoneOffset.UTC);
        int n = rows.size();
        var userIds = new UUID[n];
        var usernames = new String[n];
        var actions = new String[n];
        var recordTypes = new String[n];
        var recordIds = new String[n];
        var personIds = new UUID[n];
        var personRefs = new String[n];
        var channels = new String[n];
        var consentIds = new UUID[n];
        var seqs = new Long[n];
        var hashes = new String[n];
        for (int i = 0; i < n; i++) {
            TraceRow r = rows.get(i);
            String recordId = r.recordId() != null ? r.recordId() : String.valueOf(r.person().id());
            HashChains.Link link = chain.link(TraceChain.content(at, r.user().id(), r.user().username(),
                    r.action().name(), r.recordType(), recordId, r.person().id(), r.person().reference(), r.channel(),
                    r.consentId()));
            userIds[i] = r.user().id();
            usernames[i] = r.user().username();
            actions[i] = r.action().name();
            recordTypes[i] = r.recordType();
            recordIds[i] = recordId;
            personIds[i] = r.person().id();
            personRefs[i] = r.person().reference();
            channels[i] = r.channel();
            consentIds[i] = r.consentId();
            seqs[i] = link.seq();
            hashes[i] = link.hex();
        }
        jdbc.sql("""
                        insert into trace (at, user_id, username, action, record_type, record_id, person_id, person_ref,
                            channel, consent_id, chain_seq, chain_hash)
                        select ?::timestamptz, r.user_id, r.username, r.action, r.record_type, r.record_id, r.person_id,
                               r.person_ref, r.channel, r.consent_id, r.seq, decode(r.hash, 'hex')
                          from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::uuid[], ?::text[],
                                      ?::text[], ?::uuid[], ?::bigint[], ?::text[])
                               with ordinality as r(user_id, username, action, record_type, record_id, person_id,
                                                    person_ref, channel, consent_id, seq, hash, i)
                         order by r.i""")
                .params(at, userIds, usernames, actions, recordTypes, recordIds, personIds, personRefs, channels,
                        consentIds, seqs, hashes)
                .update();
        chain.finish();
    }

    List<TraceEntry> forPerson(String reference, int limit) {
        return jdbc.sql(SELECT + " where person_ref = :ref order by at desc, id desc limit :limit")
                .param("ref", reference)
                .param("limit", limit)
                .query(TraceRepository::entry)
                .list();
    }

    List<TraceEntry> forUser(String username, int limit) {
        return jdbc.sql(SELECT + " where username = :username order by at desc, id desc limit :limit")
                .param("username", username)
                .param("limit", limit)
                .query(TraceRepository::entry)
                .list();
    }

    private static TraceEntry entry(ResultSet rs, int row) throws SQLException {
        return new TraceEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("username"),
                TracedAction.valueOf(rs.getString("action")), rs.getString("record_type"),
                rs.getString("record_id"), rs.getObject("person_id", UUID.class), rs.getString("person_ref"),
                rs.getString("channel"), rs.getObject("consent_id", UUID.class));
    }
}
