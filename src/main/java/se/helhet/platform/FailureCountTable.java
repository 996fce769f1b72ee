package se.helhet.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

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
    private final KeyHash hash;

    FailureCountTable(JdbcClient jdbc, HelhetProperties properties, @Value("${helhet.chain-key:}") String configuredKey) {
        this.jdbc = jdbc;
        this.hash = new KeyHash(new SecretKeySpec(ChainKey.of(configuredKey, properties), "HmacSHA256"));
    }

    /** The counts of one throttle, forgotten {@code forgetAfter} after a key's last failure by {@code clock}. */
    public FailureCounts counts(String throttle, Duration forgetAfter, Clock clock) {
        return new FailureCounts(jdbc, hash, throttle, forgetAfter, clock);
    }

    record KeyHash(SecretKeySpec key) {

        String of(String throttle, String value) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return HexFormat.of().formatHex(mac.doFinal((throttle + "\n" + value).getBytes(StandardCharsets.UTF_8)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
            }
        }
    }
}
