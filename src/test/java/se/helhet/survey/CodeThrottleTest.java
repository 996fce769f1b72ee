package se.helhet.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.platform.FailureCountTable;
import se.helhet.support.HelhetTest;
import se.helhet.support.MovingClock;

/** The throttle over the database's failure counts, with a clock of its own. */
@HelhetTest
class CodeThrottleTest {

    private final MovingClock clock = new MovingClock();
    private CodeThrottle throttle;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void throttleOnTheDatabase(@Autowired FailureCountTable counts) {
        throttle = new CodeThrottle(counts, clock);
        throttle.forgetAll();
    }

    @Test
    void locksAClientAfterTenWrongCodesAndForgetsItOnceTheLockIsOver() {
        for (int i = 0; i < CodeThrottle.MAX_WRONG; i++) {
            throttle.wrongCode("192.0.2.7");
        }
        assertThat(throttle.isLocked("192.0.2.7")).isTrue();
        assertThat(throttle.isLocked("192.0.2.8")).isFalse();

        clock.pass(CodeThrottle.LOCKOUT);

        assertThat(throttle.isLocked("192.0.2.7")).isFalse();
        assertThat(throttle.clients()).isZero();
    }

    @Test
    void aClientWithAFewWrongCodesIsForgottenAfterTheLockWindowToo() {
        throttle.wrongCode("192.0.2.1");
        clock.pass(Duration.ofMinutes(10));
        throttle.wrongCode("192.0.2.2");
        clock.pass(Duration.ofMinutes(6));

        throttle.wrongCode("192.0.2.3");

        assertThat(throttle.clients()).isEqualTo(2);
    }

    @Test
    void anIpv6ClientIsOneClientForItsWholeSlash64() {
        for (int i = 1; i <= CodeThrottle.MAX_WRONG; i++) {
            throttle.wrongCode("2001:db8:1:2::" + Integer.toHexString(i));
        }

        assertThat(throttle.isLocked("2001:db8:1:2:ffff:ffff:ffff:9")).isTrue();
        assertThat(throttle.isLocked("2001:0db8:0001:0002:0000:0000:0000:0001")).isTrue();
        assertThat(throttle.isLocked("2001:db8:1:3::1")).isFalse();
        assertThat(throttle.clients()).isEqualTo(1);
    }

    @Test
    void theAddressIsKeptOnlyAsAKeyedHash() {
        throttle.wrongCode("192.0.2.77");

        assertThat(jdbc.sql("select key from failure_count where throttle = 'survey-code'").query(String.class).list())
                .hasSize(1).allMatch(key -> key.matches("[0-9a-f]{64}"));
    }
}
