package se.helhet.platform.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScaleTest {

    @Test
    void sharesAlwaysSpanZeroToOneHundredPercentInFifths() {
        Scale scale = Scale.of(Unit.SHARE, List.of(new Series("a", List.of(0.41, 0.43))));

        assertThat(scale.ticks()).containsExactly(0.0, 0.2, 0.4, 0.6, 0.8, 1.0);
    }

    @Test
    void numbersGetRoundTicksFromZeroToJustAboveTheLargestValue() {
        // 0..87 in four steps is 21.75, rounded up to the nice step 25: ticks 0, 25, 50, 75, 100.
        assertThat(Scale.of(Unit.NUMBER, List.of(new Series("dagar", List.of(12.0, 87.0)))).ticks())
                .containsExactly(0.0, 25.0, 50.0, 75.0, 100.0);
        // 0..1234 / 4 = 308.5, nice step 500: 0, 500, 1000, 1500.
        assertThat(Scale.nice(0, 1234).ticks()).containsExactly(0.0, 500.0, 1000.0, 1500.0);
        // 0..0.7 / 4 = 0.175, nice step 0.2: no 0.6000000000000001.
        assertThat(Scale.nice(0, 0.7).ticks()).containsExactly(0.0, 0.2, 0.4, 0.6, 0.8);
    }

    @Test
    void negativeValuesGetAnAxisBelowZero() {
        Scale scale = Scale.of(Unit.NUMBER, List.of(new Series("skillnad", List.of(-3.0, 7.0))));

        // -3..7 in four steps is 2.5, already nice: from -5 to 7.5.
        assertThat(scale.min()).isEqualTo(-5.0);
        assertThat(scale.max()).isEqualTo(7.5);
        assertThat(scale.ticks()).contains(0.0);
    }

    @Test
    void onlyNullsOrZerosStillGiveAnAxis() {
        Scale scale = Scale.of(Unit.NUMBER, List.of(new Series("tom", Arrays.asList(null, 0.0))));

        assertThat(scale.min()).isZero();
        assertThat(scale.max()).isPositive();
        assertThat(scale.fraction(0)).isZero();
    }
}
