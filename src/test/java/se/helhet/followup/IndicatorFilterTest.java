package se.helhet.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.helhet.platform.InvalidInputException;

class IndicatorFilterTest {

    @Test
    void readsTheParametersOfTheContract() {
        IndicatorFilter filter = IndicatorFilter.parse("2026-01-01", "2026-06-30", "PILOT", "6-12");

        assertThat(filter.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(filter.area()).isEqualTo(AreaChoice.PILOT);
        assertThat(filter.ageGroup()).isEqualTo(AgeGroup.SCHOOL_AGE);
    }

    @Test
    void namesEveryWrongParameter() {
        assertThatThrownBy(() -> IndicatorFilter.parse("2026-13-01", "", "NORTH", "6-11"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.byField().keySet())
                        .containsExactly("from", "to", "area", "ageGroup"));
    }

    @Test
    void refusesAPeriodEndingBeforeItStarts() {
        assertThatThrownBy(() -> IndicatorFilter.parse("2026-02-01", "2026-01-31", "ALL", "ALL"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.byField()).containsOnlyKeys("to"));
    }
}
