package se.helhet.survey;

import java.net.InetAddress;
import java.net.Inet6Address;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Slows guessing of codes on the public answer page: after ten wrong codes from one client within fifteen
 * minutes, that client may try no code until fifteen minutes after its last wrong one. A client is an IPv4
 * address or an IPv6 /64, the block one household or device usually gets and can rotate through at will.
 * Kept in memory only (the address is never stored); a restart forgets, as with the login throttle. A client
 * is forgotten fifteen minutes after its last wrong code, and at most {@value #MOST_CLIENTS} are remembered,
 * the one whose last wrong code is oldest giving way: memory stays bounded whatever comes from outside.
 */
@Component
class CodeThrottle {

    static final int MAX_WRONG = 10;
    static final Duration LOCKOUT = Duration.ofMinutes(15);
    static final int MOST_CLIENTS = 10_000;

    private record Wrong(int count, Instant lastAt) {
    }

    /** By client, in the order of their last wrong code, oldest first. */
    private final Map<String, Wrong> wrong = new LinkedHashMap<>();
    private final Clock clock;

    CodeThrottle(Clock clock) {
        this.clock = clock;
    }

    synchronized boolean isLocked(String address) {
        forgetExpired(clock.instant());
        Wrong w = wrong.get(client(address));
        return w != null && w.count() >= MAX_WRONG;
    }

    synchronized void wrongCode(String address) {
        Instant now = clock.instant();
        forgetExpired(now);
        String client = client(address);
        Wrong old = wrong.remove(client);
        wrong.put(client, new Wrong(old == null ? 1 : old.count() + 1, now));
        Iterator<String> oldest = wrong.keySet().iterator();
        while (wrong.size() > MOST_CLIENTS) {
            oldest.next();
            oldest.remove();
        }
    }

    /** How many clients are remembered. */
    synchronized int clients() {
        return wrong.size();
    }

    /** Tests share one server and one client address: the test of the lock clears what it caused. */
    synchronized void forgetAll() {
        wrong.clear();
    }

    private void forgetExpired(Instant now) {
        Iterator<Wrong> oldest = wrong.values().iterator();
        while (oldest.hasNext() && !oldest.next().lastAt().plus(LOCKOUT).isAfter(now)) {
            oldest.remove();
        }
    }

    /** An IPv4 address as it is, an IPv6 address by its first 64 bits; anything else as it is. */
    static String client(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return String.valueOf(address);
        }
        try {
            InetAddress parsed = InetAddress.ofLiteral(address);
            if (parsed instanceof Inet6Address) {
                return HexFormat.of().formatHex(Arrays.copyOf(parsed.getAddress(), 8)) + "::/64";
            }
            return parsed.getHostAddress();
        } catch (IllegalArgumentException e) {
            return address;
        }
    }
}
