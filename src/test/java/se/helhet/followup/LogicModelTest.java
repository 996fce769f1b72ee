package se.helhet.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class LogicModelTest {

    /** Fails when an indicator is added and nobody says which outcome of the model it measures. */
    @Test
    void everyIndicatorMeasuresSomeOutcomeOfTheModel() {
        assertThat(LogicModel.PILOT.indicators()).containsExactlyInAnyOrder(IndicatorDefinition.values());
    }

    @Test
    void everyActivityLeadsToOutputsAndShortAndLongTermOutcomes() {
        assertThat(LogicModel.PILOT.activities()).isNotEmpty().allSatisfy(a -> {
            assertThat(a.outputs()).isNotEmpty();
            assertThat(a.shortTerm()).isNotEmpty();
            assertThat(a.longTerm()).isNotEmpty();
        });
    }

    @Test
    void anOutcomeAlwaysSaysHowItIsMeasured() {
        assertThatThrownBy(() -> new LogicModel.Outcome("Bättre skolresultat", null,
                List.of(IndicatorDefinition.IMPROVED_RESULTS))).isInstanceOf(IllegalArgumentException.class);
    }
}
