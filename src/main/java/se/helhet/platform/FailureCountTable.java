package se.helhet.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The throttles' failure counts ({@link FailureCounts}), one table for all. A key (an account and an address,
 * or an address alone for the anonymous survey page) is stored as an HMAC-SHA256 keyed with the chain key,
 * which lives outside the database: whoever reads the table learns neither who tried nor from where.
 */
@Repository
public class FailureCountTable {

    private final JdbcClient jdbc;
    private final SecretKeySpec key;

    FailureCountTable(JdbcClient jdbc, HelhetProperties properties, @Value("${helhet.chain-key:}") String configuredKey) {
        this.jdbc = jdbc;
        this.key = new SecretKeySpec(ChainKey.of(configuredKey, properties), "HmacSHA256");
    }

    /** The counts of one throttle, forgotten {@code forgetAfter} after a key's last failure by {@code clock}. */
    public FailureCounts counts(String throttle, Duration forgetAfter, Clock clock) {
        return new FailureCounts(this, throttle, forgetAfter, clock);
    }

    Optional<FailureCounts.Failures> of(String throttle, String value, OffsetDateTime since) {
        return jdbc.sql("""
                        select failures, last_at from failure_count
                        where throttle = :throttle and key = :key and last_at > :since""")
                .param("throttle", throttle).param("key", hash(throttle, value)).param("since", since)
                .query((rs, n) -> new FailureCounts.Failures(rs.getInt("failures"),
                        rs.getObject("last_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    FailureCounts.Failures add(String throttle, String value, OffsetDateTime now, OffsetDateTime since) {
        jdbc.sql("delete from failure_count where throttle = :throttle and last_at <= :since")
                .param("throttle", throttle).param("since", since).update();
        return jdbc.sql("""
                        insert into failure_count as f (throttle, key, failures, last_at)
                        values (:throttle, :key, 1, :now)
                        on conflict (throttle, key) do update
                            set failures = case when f.last_at <= :since then 1 else f.failures + 1 end,
                                last_at = :now
                        returning failures, last_at""")
                .param("throttle", throttle).param("key", hash(throttle, value))
                .param("now", now).param("since", since)
                .query((rs, n) -> new FailureCounts.Failures(rs.getInt("failures"),
                        rs.getObject("last_at", OffsetDateTime.class).toInstant()))
                .single();
    }

    void forget(String throttle, String value) {
        jdbc.sql("delete from failure_count where throttle = :throttle and key = :key")
                .param("throttle", throttle).param("key", hash(throttle, value)).update();
    }

    void forgetAll(String throttle) {
        jdbc.sql("delete from failure_count where throttle = :throttle").param("throttle", throttle).update();
    }

    int size(String throttle, OffsetDateTime since) {
        return jdbc.sql("select count(*) from failure_count where throttle = :throttle and last_at > :since")
                .param("throttle", throttle).param("since", since)
                .query(Integer.class).single();
    }

    private String hash(String throttle, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((throttle + "\n" + value).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
