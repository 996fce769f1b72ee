package se.helhet.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.helhet.platform.FailureCountTable;
import se.helhet.platform.HelhetProperties;
import se.helhet.support.HelhetTest;
import se.helhet.support.MovingClock;

/** The throttle over the database's failure counts, with a clock of its own; addresses are documentation's. */
@HelhetTest
class LoginThrottleTest {

    private final MovingClock clock = new MovingClock();
    private LoginThrottle throttle;

    @BeforeEach
    void throttleOnTheDatabase(@Autowired FailureCountTable counts) {
        // Only the security settings matter to the throttle; the mode, home and database are platform's own.
        throttle = new LoginThrottle(new HelhetProperties(null, null, null,
                new HelhetProperties.Security(5, Duration.ofMinutes(1), Duration.ofHours(1))), counts, clock);
        for (String address : new String[] {"192.0.2.7", "192.0.2.8", "192.0.2.9", "192.0.2.10", "192.0.2.11",
                "2001:db8:1:2::1", "2001:db8:1:3::1"}) {
            throttle.succeeded(socsekFrom(address));
            throttle.succeeded(LoginThrottle.Attempt.of("chef", address));
        }
    }

    private static LoginThrottle.Attempt socsekFrom(String address) {
        return LoginThrottle.Attempt.of("socsek", address);
    }

    @Test
    void theFifthWrongPasswordLocksThatClientOutOfThatAccountForAMinute() {
        for (int i = 1; i < 5; i++) {
            assertThat(throttle.failed(socsekFrom("192.0.2.7"))).isEmpty();
        }

        assertThat(throttle.failed(socsekFrom("192.0.2.7"))).get()
                .isEqualTo(new LoginThrottle.LockOut(5, Duration.ofMinutes(1)));
        assertThat(throttle.waitFor(socsekFrom("192.0.2.7"))).contains(Duration.ofMinutes(1));
        assertThat(throttle.waitFor(socsekFrom("192.0.2.8"))).isEmpty();
        assertThat(throttle.waitFor(LoginThrottle.Attempt.of("chef", "192.0.2.7"))).isEmpty();

        clock.pass(Duration.ofMinutes(1));
        assertThat(throttle.waitFor(socsekFrom("192.0.2.7"))).isEmpty();
    }

    @Test
    void eachFurtherWrongPasswordDoublesTheWaitUpToAnHour() {
        var attempt = socsekFrom("192.0.2.9");
        for (int i = 1; i < 5; i++) {
            throttle.failed(attempt);
        }
        Duration expected = Duration.ofMinutes(1);
        for (int i = 5; i <= 12; i++) {
            var lockOut = throttle.failed(attempt).orElseThrow();
            assertThat(lockOut.duration()).as("wrong password %d", i).isEqualTo(expected);
            clock.pass(lockOut.duration());
            expected = expected.multipliedBy(2).compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1)
                    : expected.multipliedBy(2);
        }
        assertThat(expected).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aSuccessfulLoginForgetsTheWrongPasswordsBeforeIt() {
        for (int i = 1; i < 5; i++) {
            throttle.failed(socsekFrom("192.0.2.10"));
        }
        throttle.succeeded(socsekFrom("192.0.2.10"));

        assertThat(throttle.failed(socsekFrom("192.0.2.10"))).isEmpty();
    }

    @Test
    void anIpv6ClientIsOneClientForItsWholeSlash64AndTheNameIsTakenAsTyped() {
        for (int i = 1; i <= 5; i++) {
            throttle.failed(LoginThrottle.Attempt.of(i % 2 == 0 ? " SocSek " : "socsek", "2001:db8:1:2::" + i));
        }

        assertThat(throttle.waitFor(socsekFrom("2001:db8:1:2:ffff:ffff:ffff:9"))).isPresent();
        assertThat(throttle.waitFor(socsekFrom("2001:db8:1:3::1"))).isEmpty();
    }

    @Test
    void forgetsAPairADayAfterItsLastWrongPassword() {
        for (int i = 1; i <= 5; i++) {
            throttle.failed(socsekFrom("192.0.2.11"));
        }
        clock.pass(LoginThrottle.FORGET_AFTER);

        assertThat(throttle.failed(socsekFrom("192.0.2.11"))).isEmpty();
    }
}
