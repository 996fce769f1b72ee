package se.helhet.access;

import java.time.Instant;

/** A client locked out of an account after wrong passwords in a row: what the administrator sees. */
record LoginLockout(Instant at, String username, String displayName, String client, int failures,
                           Instant lockedUntil) {
}
