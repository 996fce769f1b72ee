package se.helhet.survey;

import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Component;

import se.helhet.common.ClientAddress;
import se.helhet.platform.FailureCounts;

/**
 * Slows guessing of codes on the public answer page: after ten wrong codes from one client within fifteen
 * minutes, that client may try no code until fifteen minutes after its last wrong one. A client is a
 * {@link ClientAddress} (IPv6 by its /64). Kept in memory only (the address is never stored); a restart
 * forgets, as with the login throttle. A client is forgotten fifteen minutes after its last wrong code, and
 * at most {@value #MOST_CLIENTS} are remembered, the one whose last wrong code is oldest giving way.
 */
@Component
class CodeThrottle {

    static final int MAX_WRONG = 10;
    static final Duration LOCKOUT = Duration.ofMinutes(15);
    static final int MOST_CLIENTS = 10_000;

    private final FailureCounts<ClientAddress> wrong;

    CodeThrottle(Clock clock) {
        this.wrong = new FailureCounts<>(LOCKOUT, MOST_CLIENTS, clock);
    }

    boolean isLocked(String address) {
        return wrong.of(ClientAddress.of(address)).filter(w -> w.count() >= MAX_WRONG).isPresent();
    }

    void wrongCode(String address) {
        wrong.add(ClientAddress.of(address));
    }

    /** How many clients are remembered. */
    int clients() {
        return wrong.size();
    }

    /** Tests share one server and one client address: the test of the lock clears what it caused. */
    void forgetAll() {
        wrong.forgetAll();
    }
}
