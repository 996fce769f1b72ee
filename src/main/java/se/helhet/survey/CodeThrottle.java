package se.helhet.survey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows guessing of codes on the public answer page: after ten wrong codes from one client address within
 * fifteen minutes, that address may try no code until fifteen minutes after its last wrong one. Kept in
 * memory only (the address is never stored); a restart forgets, as with the login throttle.
 */
@Component
class CodeThrottle {

    static final int MAX_WRONG = 10;
    private static final Duration LOCKOUT = Duration.ofMinutes(15);

    private record Wrong(int count, Instant lastAt) {
    }

    private final Map<String, Wrong> wrong = new ConcurrentHashMap<>();
    private final Clock clock;

    CodeThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean isLocked(String client) {
        Wrong w = wrong.get(client);
        return w != null && w.count() >= MAX_WRONG && w.lastAt().plus(LOCKOUT).isAfter(clock.instant());
    }

    void wrongCode(String client) {
        Instant now = clock.instant();
        wrong.merge(client, new Wrong(1, now),
                (old, one) -> old.lastAt().plus(LOCKOUT).isBefore(now) ? one : new Wrong(old.count() + 1, now));
    }

    /** Tests share one server and one client address: the test of the lock clears what it caused. */
    void forgetAll() {
        wrong.clear();
    }
}
