package se.helhet.access;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/** A client that gave too many wrong passwords for an account, and how long it must wait to try again. */
public class LoginLockedOut extends LockedException {

    private final Duration wait;

    LoginLockedOut(Duration wait) {
        super("Too many failed logins from this client");
        this.wait = wait;
    }

    public Duration waitFor() {
        return wait;
    }

    /** The wait in whole minutes, rounded up: what a person is told. */
    public long minutes() {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
