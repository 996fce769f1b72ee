package se.helhet.common;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The 95 % intervals over every count a cell can have, the edges (none, all, a single case) included. */
class IntervalPropertiesTest {

    /**
     * Floating point leaves the bounds a hair off where they should be exact: for about a quarter of all n the
     * lower bound of 0 of n is 3e-17 above 0, and the upper bound of n of n 2e-16 below 1. More is a wrong interval.
     */
    private static final double ROUNDING = 1e-15;

    /** x of n. */
    record Share(long x, long n) {

        double p() {
            return (double) x / n;
        }
    }

    @Provide
    Arbitrary<Share> share() {
        return Arbitraries.longs().between(1, 100_000)
                .flatMap(n -> Arbitraries.longs().between(0, n).map(x -> new Share(x, n)));
    }

    @Provide
    Arbitrary<Share[]> twoShares() {
        return Combinators.combine(share(), share()).as((a, b) -> new Share[] {a, b});
    }

    @Property
    void wilsonStaysWithinZeroAndOneAroundTheShare(@ForAll("share") Share share) {
        Interval interval = Interval.wilson(share.x(), share.n());

        assertThat(interval.lower()).isBetween(0.0, share.p() + ROUNDING);
        assertThat(interval.upper()).isBetween(share.p() - ROUNDING, 1.0);
    }

    @Property
    void wilsonNarrowsWithFourTimesTheCasesAtTheSameShare(@ForAll("share") Share share) {
        Interval few = Interval.wilson(share.x(), share.n());
        Interval many = Interval.wilson(4 * share.x(), 4 * share.n());

        assertThat(many.upper() - many.lower()).isLessThan(few.upper() - few.lower());
    }

    @Property
    void newcombeStaysWithinMinusOneAndOneAroundTheDifference(@ForAll("twoShares") Share[] shares) {
        Share a = shares[0];
        Share b = shares[1];
        double difference = a.p() - b.p();

        Interval interval = Interval.newcombe(a.x(), a.n(), b.x(), b.n());

        assertThat(interval.lower()).isBetween(-1.0 - ROUNDING, difference + ROUNDING);
        assertThat(interval.upper()).isBetween(difference - ROUNDING, 1.0 + ROUNDING);
    }

    @Property
    void newcombeOfTheDifferenceTurnedAroundIsTheSameIntervalMirrored(@ForAll("twoShares") Share[] shares) {
        Share a = shares[0];
        Share b = shares[1];

        Interval forward = Interval.newcombe(a.x(), a.n(), b.x(), b.n());
        Interval backward = Interval.newcombe(b.x(), b.n(), a.x(), a.n());

        assertThat(backward.lower()).isEqualTo(-forward.upper());
        assertThat(backward.upper()).isEqualTo(-forward.lower());
    }
}
