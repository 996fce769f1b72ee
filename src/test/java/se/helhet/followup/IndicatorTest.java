package se.helhet.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndicatorTest {

    private static Indicator share(long numerator, long denominator) {
        return Indicator.of(IndicatorDefinition.CLOSED_WITHIN_60_DAYS,
                new IndicatorQueries.Counted(numerator, denominator, null)).suppressedIfSmall();
    }

    private static Indicator median(long cases) {
        return Indicator.of(IndicatorDefinition.WAIT_DECISION_TO_START_DAYS,
                new IndicatorQueries.Counted(0, cases, 12.5)).suppressedIfSmall();
    }

    @Test
    void aShareOfFewerThanFiveIsHidden() {
        assertThat(share(2, 4).suppressed()).isTrue();
        assertThat(share(2, 4).value()).isNull();
        assertThat(share(2, 4).numerator()).isNull();
        assertThat(share(2, 4).denominator()).isNull();
        assertThat(share(2, 4).interval()).isNull();
    }

    @Test
    void aNumeratorOfOneToFourIsHiddenEvenInALargeDenominator() {
        assertThat(share(1, 40).suppressed()).isTrue();
        assertThat(share(4, 40).suppressed()).isTrue();
        assertThat(share(5, 40).suppressed()).isFalse();
        assertThat(share(5, 40).value()).isEqualTo(0.125);
    }

    @Test
    void aRestOfOneToFourIsHiddenToo() {
        assertThat(share(38, 40).suppressed()).isTrue();
        assertThat(share(36, 40).suppressed()).isTrue();
        assertThat(share(35, 40).suppressed()).isFalse();
        assertThat(share(40, 40).suppressed()).isFalse();
    }

    @Test
    void noneOfFiveOrMoreIsShown() {
        assertThat(share(0, 5).suppressed()).isFalse();
        assertThat(share(0, 5).value()).isZero();
        assertThat(share(0, 0).suppressed()).isFalse();
        assertThat(share(0, 0).value()).isNull();
    }

    @Test
    void aMedianNeedsFiveCases() {
        assertThat(median(4).suppressed()).isTrue();
        assertThat(median(5).suppressed()).isFalse();
        assertThat(median(5).value()).isEqualTo(12.5);
        assertThat(median(5).numerator()).isNull();
    }
}
