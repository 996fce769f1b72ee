package se.helhet.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IntervalTest {

    @Test
    void wilsonIntervalOfEightOfTenMatchesThePublishedFigures() {
        Interval interval = Interval.wilson(8, 10);

        assertThat(interval.lower()).isCloseTo(0.4902, within(0.0005));
        assertThat(interval.upper()).isCloseTo(0.9433, within(0.0005));
    }

    @Test
    void wilsonIntervalStaysWithinZeroAndOneAtTheEdges() {
        assertThat(Interval.wilson(0, 5).lower()).isZero();
        assertThat(Interval.wilson(5, 5).upper()).isEqualTo(1.0);
        assertThat(Interval.wilson(0, 5).upper()).isCloseTo(0.4345, within(0.0005));
    }

    /** Newcombe (1998), table II, example (a): 56/70 - 48/80, 95 % interval 0.0524 to 0.3339. */
    @Test
    void newcombeIntervalOfADifferenceMatchesNewcombesExample() {
        Interval interval = Interval.newcombe(56, 70, 48, 80);

        assertThat(interval.lower()).isCloseTo(0.0524, within(0.0005));
        assertThat(interval.upper()).isCloseTo(0.3339, within(0.0005));
    }

    @Test
    void agreesWithNoDifferenceWhenBothSharesAreEqual() {
        Interval interval = Interval.newcombe(5, 10, 5, 10);

        assertThat(interval.lower()).isCloseTo(-interval.upper(), within(1e-12));
    }
}
