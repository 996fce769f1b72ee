package se.helhet.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failed attempts in a row per key (a client, an account and a client), in memory only, for the throttles
 * that slow guessing. A key is forgotten a while after its last failure, and at most so many keys are kept,
 * the one whose last failure is oldest giving way: memory stays bounded whatever comes from outside.
 */
public final class FailureCounts<K> {

    public record Failures(int count, Instant lastAt) {
    }

    private final Duration forgetAfter;
    private final int mostKept;
    private final Clock clock;
    /** In the order of their last failure, oldest first. */
    private final Map<K, Failures> failures = new LinkedHashMap<>();

    public FailureCounts(Duration forgetAfter, int mostKept, Clock clock) {
        this.forgetAfter = forgetAfter;
        this.mostKept = mostKept;
        this.clock = clock;
    }

    public synchronized Optional<Failures> of(K key) {
        forgetExpired(clock.instant());
        return Optional.ofNullable(failures.get(key));
    }

    /** One more failure for the key: its count so far, this one included. */
    public synchronized Failures add(K key) {
        Instant now = clock.instant();
        forgetExpired(now);
        Failures old = failures.remove(key);
        Failures counted = new Failures(old == null ? 1 : old.count() + 1, now);
        failures.put(key, counted);
        Iterator<K> oldest = failures.keySet().iterator();
        while (failures.size() > mostKept) {
            oldest.next();
            oldest.remove();
        }
        return counted;
    }

    public synchronized void forget(K key) {
        failures.remove(key);
    }

    public synchronized void forgetAll() {
        failures.clear();
    }

    public synchronized int size() {
        return failures.size();
    }

    private void forgetExpired(Instant now) {
        Iterator<Failures> oldest = failures.values().iterator();
        while (oldest.hasNext() && !oldest.next().lastAt().plus(forgetAfter).isAfter(now)) {
            oldest.remove();
        }
    }
}
