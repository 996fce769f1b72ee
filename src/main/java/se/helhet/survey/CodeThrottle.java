package se.helhet.survey;

import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Component;

import se.helhet.common.ClientAddress;
import se.helhet.platform.FailureCountTable;
import se.helhet.platform.FailureCounts;

/**
 * Slows guessing of codes on the public answer page: after ten wrong codes from one client within fifteen
 * minutes, that client may try no code until fifteen minutes after its last wrong one. A client is a
 * {@link ClientAddress} (IPv6 by its /64). Kept in the database for every server alike, the address only as
 * a keyed hash, never as it is (ADR 12); a client is forgotten fifteen minutes after its last wrong code.
 */
@Component
class CodeThrottle {

    static final int MAX_WRONG = 10;
    static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final FailureCounts wrong;

    CodeThrottle(FailureCountTable counts, Clock clock) {
        this.wrong = counts.counts("survey-code", LOCKOUT, clock);
    }

    boolean isLocked(String address) {
        return wrong.of(ClientAddress.of(address).value()).filter(w -> w.count() >= MAX_WRONG).isPresent();
    }

    void wrongCode(String address) {
        wrong.add(ClientAddress.of(address).value());
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
