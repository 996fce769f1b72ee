package se.helhet.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Failed attempts in a row per key (a client, an account and a client) for one throttle that slows guessing,
 * kept in the database so that every Helhet server counts the same failures: guesses spread over several
 * servers behind a load balancer add up. A key is forgotten a while after its last failure; the rows of
 * forgotten keys are removed as new failures come. Keys are stored as a keyed hash ({@link FailureCountTable}).
 */
public final class FailureCounts {

    public record Failures(int count, Instant lastAt) {
    }

    private final JdbcClient jdbc;
    private final FailureCountTable.KeyHash hash;
    private final String throttle;
    private final Duration forgetAfter;
    private final Clock clock;

    FailureCounts(JdbcClient jdbc, FailureCountTable.KeyHash hash, String throttle, Duration forgetAfter,
                  Clock clock) {
        this.jdbc = jdbc;
        this.hash = hash;
        this.throttle = throttle;
        this.forgetAfter = forgetAfter;
        this.clock = clock;
    }

    public Optional<Failures> of(String key) {
        OffsetDateTime now = now();
        return jdbc.sql("""
                        select failures, last_at from failure_count
                        where throttle = :throttle and key = :key and last_at > :since""")
                .param("throttle", throttle).param("key", hash.of(throttle, key))
                .param("since", now.minus(forgetAfter))
                .query((rs, n) -> new Failures(rs.getInt("failures"),
                        rs.getObject("last_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** One more failure for the key: its count so far, this one included. One statement, so servers never race. */
    public Failures add(String key) {
        OffsetDateTime now = now();
        jdbc.sql("delete from failure_count where throttle = :throttle and last_at <= :since")
                .param("throttle", throttle).param("since", now.minus(forgetAfter)).update();
        return jdbc.sql("""
                        insert into failure_count as f (throttle, key, failures, last_at)
                        values (:throttle, :key, 1, :now)
                        on conflict (throttle, key) do update
                            set failures = case when f.last_at <= :since then 1 else f.failures + 1 end,
                                last_at = :now
                        returning failures, last_at""")
                .param("throttle", throttle).param("key", hash.of(throttle, key))
                .param("now", now).param("since", now.minus(forgetAfter))
                .query((rs, n) -> new Failures(rs.getInt("failures"),
                        rs.getObject("last_at", OffsetDateTime.class).toInstant()))
                .single();
    }

    public void forget(String key) {
        jdbc.sql("delete from failure_count where throttle = :throttle and key = :key")
                .param("throttle", throttle).param("key", hash.of(throttle, key)).update();
    }

    public void forgetAll() {
        jdbc.sql("delete from failure_count where throttle = :throttle").param("throttle", throttle).update();
    }

    /** How many keys are remembered. */
    public int size() {
        return jdbc.sql("select count(*) from failure_count where throttle = :throttle and last_at > :since")
                .param("throttle", throttle).param("since", now().minus(forgetAfter))
                .query(Integer.class).single();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
