package se.helhet.access;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.helhet.common.ClientAddress;
import se.helhet.platform.FailureCountTable;
import se.helhet.platform.FailureCounts;
import se.helhet.platform.HelhetProperties;

/**
 * Slows password guessing without letting anyone lock a colleague out: wrong passwords are counted per
 * account and client together (a {@link ClientAddress}, IPv6 by its /64). After a number of them in a row,
 * that client may not try that account for a while, and each further wrong password doubles the wait up
 * to a ceiling; every other client can still log in to the account. A pair is forgotten at a successful
 * login or a day after its last wrong password. Kept in the database, so that every server behind a load
 * balancer counts the same wrong passwords and a restart forgets nothing. Guessing one password from many
 * clients is not slowed by this; long passwords answer that.
 */
@Component
class LoginThrottle {

    static final Duration FORGET_AFTER = Duration.ofDays(1);

    record Attempt(String username, ClientAddress client) {

        static Attempt of(String username, String address) {
            return new Attempt(username == null ? "" : username.trim().toLowerCase(Locale.ROOT),
                    ClientAddress.of(address));
        }

        String key() {
            return username + "\n" + client.value();
        }
    }

    /** A lock-out that a wrong password has just begun. */
    record LockOut(int failures, Duration duration) {
    }

    private final FailureCounts failures;
    private final HelhetProperties.Security settings;
    private final Clock clock;

    LoginThrottle(HelhetProperties properties, FailureCountTable counts, Clock clock) {
        this.settings = properties.security();
        this.clock = clock;
        this.failures = counts.counts("login", FORGET_AFTER, clock);
    }

    /** How long this client must still wait before it may try this account again, if it must. */
    Optional<Duration> waitFor(Attempt attempt) {
        return failures.of(attempt.key())
                .filter(f -> f.count() >= settings.maxFailedLogins())
                .map(f -> Duration.between(clock.instant(), f.lastAt().plus(lockout(f.count()))))
                .filter(Duration::isPositive);
    }

    /** A wrong password; from the last one allowed on, it begins a lock-out. */
    Optional<LockOut> failed(Attempt attempt) {
        int count = failures.add(attempt.key()).count();
        return count < settings.maxFailedLogins() ? Optional.empty()
                : Optional.of(new LockOut(count, lockout(count)));
    }

    void succeeded(Attempt attempt) {
        failures.forget(attempt.key());
    }

    private Duration lockout(int failures) {
        int beyond = Math.min(failures - settings.maxFailedLogins(), 30);
        Duration wait = settings.firstLockout().multipliedBy(1L << beyond);
        return wait.compareTo(settings.longestLockout()) > 0 ? settings.longestLockout() : wait;
    }
}
