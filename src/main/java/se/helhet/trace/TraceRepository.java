package se.helhet.trace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.helhet.access.CurrentUser;
import se.helhet.platform.HashChains;

@Repository
class TraceRepository {

    private static final String SELECT = """
            select id, at, username, action, record_type, record_id, person_id, person_ref, channel, consent_id from trace
            """;

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final HashChains chains;

    TraceRepository(JdbcTemplate jdbcTemplate, JdbcClient jdbc, HashChains chains) {
        this.jdbcTemplate = jdbcTemplate;
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

    /** The rows in the order given, all at the moment the head was locked. */
    void insert(List<TraceRow> rows) {
        HashChains.Appender chain = chains.append(jdbc, TraceChain.CHAIN);
        OffsetDateTime at = chain.at().atOffset(ZoneOffset.UTC);
        List<Object[]> linked = rows.stream()
                .map(r -> {
                    Object[] content = TraceChain.content(at, r.user().id(), r.user().username(), r.action().name(),
                            r.recordType(), r.recordId() != null ? r.recordId() : String.valueOf(r.person().id()),
                            r.person().id(), r.person().reference(), r.channel(), r.consentId());
                    HashChains.Link link = chain.link(content);
                    Object[] row = Arrays.copyOf(content, 12);
                    row[9] = r.consentId();
                    row[10] = link.seq();
                    row[11] = link.hash();
                    return row;
                })
                .toList();
        jdbcTemplate.batchUpdate("""
                insert into trace (at, user_id, username, action, record_type, record_id, person_id, person_ref, channel,
                    consent_id, chain_seq, chain_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", linked);
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
