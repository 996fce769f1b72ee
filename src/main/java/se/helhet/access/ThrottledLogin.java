package se.helhet.access;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password logins (the form and HTTP Basic) through the {@link LoginThrottle}: a client locked out of an
 * account is refused before its password is looked at. A lock-out is kept for the administrator and logged
 * for the operator by its number only: neither the account nor the address goes into the server log.
 */
final class ThrottledLogin implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledLogin.class);

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final LoginLockouts lockouts;

    ThrottledLogin(AuthenticationProvider passwords, LoginThrottle throttle, LoginLockouts lockouts) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.lockouts = lockouts;
    }

    @Override
    public Authentication authenticate(Authentication login) {
        var attempt = LoginThrottle.Attempt.of(login.getName(),
                login.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null);
        Optional<Duration> wait = counted(() -> throttle.waitFor(attempt));
        if (wait.isPresent()) {
            throw new LoginLockedOut(wait.get());
        }
        try {
            Authentication done = passwords.authenticate(login);
            counted(() -> {
                throttle.succeeded(attempt);
                return null;
            });
            return done;
        } catch (BadCredentialsException e) {
            Optional<LoginThrottle.LockOut> lockOut = counted(() -> throttle.failed(attempt));
            if (lockOut.isEmpty()) {
                throw e;
            }
            record(attempt, lockOut.get());
            throw new LoginLockedOut(lockOut.get().duration());
        }
    }

    /**
     * The counts are in the database: when it cannot be reached the credentials could not be checked, which the
     * login page and the API answer as the database's absence (503), never as a wrong password.
     */
    private static <T> T counted(Supplier<T> step) {
        try {
            return step.get();
        } catch (DataAccessException e) {
            throw new InternalAuthenticationServiceException("The login throttle could not be read", e);
        }
    }

    private void record(LoginThrottle.Attempt attempt, LoginThrottle.LockOut lockOut) {
        try {
            lockouts.record(attempt, lockOut).ifPresentOrElse(
                    id -> log.warn("Login locked out: lock-out {} for {} after {} wrong passwords in a row from one "
                            + "client (the users page shows it)", id, lockOut.duration(), lockOut.failures()),
                    () -> log.warn("Login locked out for {} after {} wrong passwords in a row for a name no account "
                            + "has", lockOut.duration(), lockOut.failures()));
        } catch (DataAccessException e) {
            log.warn("Login locked out for {}, but the lock-out could not be stored: {}", lockOut.duration(),
                    e.getClass().getSimpleName());
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
