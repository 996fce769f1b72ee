package se.helhet.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Failed attempts in a row per key (a client, an account and a client) for one throttle that slows guessing,
 * kept in the database so that every Helhet server counts the same failures: guesses spread over several
 * servers behind a load balancer add up. A key is forgotten a while after its last failure; the rows of
 * forgotten keys are removed as new failures come. Keys are stored as a keyed hash ({@link FailureCountTable}).
 */
public final class FailureCounts {

    public record Failures(int count, Instant lastAt) {
    }

    private final FailureCountTable table;
    private final String throttle;
    private final Duration forgetAfter;
    private final Clock clock;

    FailureCounts(FailureCountTable table, String throttle, Duration forgetAfter, Clock clock) {
        this.table = table;
        this.throttle = throttle;
        this.forgetAfter = forgetAfter;
        this.clock = clock;
    }

    public Optional<Failures> of(String key) {
        return table.of(throttle, key, now().minus(forgetAfter));
    }

    /** One more failure for the key: its count so far, this one included. One statement, so servers never race. */
    public Failures add(String key) {
        OffsetDateTime now = now();
        return table.add(throttle, key, now, now.minus(forgetAfter));
    }

    public void forget(String key) {
        table.forget(throttle, key);
    }

    public void forgetAll() {
        table.forgetAll(throttle);
    }

    /** How many keys are remembered. */
    public int size() {
        return table.size(throttle, now().minus(forgetAfter));
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
