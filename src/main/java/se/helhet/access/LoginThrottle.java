package se.helhet.access;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import se.helhet.platform.HelhetProperties;

/**
 * Slows password guessing: after a number of failed logins in a row an account is locked for a while.
 * Kept in memory: a restart forgets the count, which is acceptable for one server; several servers
 * behind a load balancer would each count on their own.
 */
@Component
class LoginThrottle {

    private record Failures(int count, Instant lastAt) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final HelhetProperties.Security settings;
    private final Clock clock;

    LoginThrottle(HelhetProperties properties, Clock clock) {
        this.settings = properties.security();
        this.clock = clock;
    }

    boolean isLocked(String username) {
        Failures f = failures.get(key(username));
        if (f == null || f.count() < settings.maxFailedLogins()) {
            return false;
        }
        return f.lastAt().plus(settings.lockout()).isAfter(clock.instant());
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        Instant now = clock.instant();
        failures.merge(key(event.getAuthentication().getName()), new Failures(1, now),
                (old, one) -> old.lastAt().plus(settings.lockout()).isBefore(now)
                        ? one : new Failures(old.count() + 1, now));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
