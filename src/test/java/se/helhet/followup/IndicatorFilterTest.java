package se.helhet.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.helhet.common.AreaChoice;
import se.helhet.common.Level;
import se.helhet.platform.InvalidInputException;

class IndicatorFilterTest {

    @Test
    void readsTheParametersOfTheContract() {
        IndicatorFilter filter = IndicatorFilter.parse("2026-01-01", "2026-06-30", "PILOT", "6-12", "ORANGE");

        assertThat(filter.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(filter.area()).isEqualTo(AreaChoice.PILOT);
        assertThat(filter.ageGroup()).isEqualTo(AgeGroup.SCHOOL_AGE);
        assertThat(filter.level()).isEqualTo(Level.ORANGE);
    }

    @Test
    void areaAgeGroupAndLevelDefaultToAll() {
        IndicatorFilter filter = IndicatorFilter.parse("2026-01-01", "2026-06-30", null, null, null);

        assertThat(filter.area()).isEqualTo(AreaChoice.ALL);
        assertThat(filter.ageGroup()).isEqualTo(AgeGroup.ALL);
        assertThat(filter.level()).isNull();
        assertThat(IndicatorFilter.parse("2026-01-01", "2026-06-30", "ALL", "ALL", "ALL").level()).isNull();
    }

    @Test
    void namesEveryWrongParameter() {
        assertThatThrownBy(() -> IndicatorFilter.parse("2026-13-01", "", "NORTH", "6-11", "PURPLE"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.byField().keySet())
                        .containsExactly("from", "to", "area", "ageGroup", "level"));
    }

    @Test
    void refusesAPeriodEndingBeforeItStarts() {
        assertThatThrownBy(() -> IndicatorFilter.parse("2026-02-01", "2026-01-31", "ALL", "ALL", "ALL"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.byField()).containsOnlyKeys("to"));
    }

    @Test
    void aBaselineIsTheSameChildrenInAnotherPeriod() {
        IndicatorFilter filter = IndicatorFilter.parse("2026-01-01", "2026-06-30", "ALL", "0-5", "RED");

        IndicatorFilter baseline = filter.baseline("2025-01-01", "2025-06-30");

        assertThat(baseline).isEqualTo(new IndicatorFilter(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30),
                AreaChoice.ALL, AgeGroup.UNDER_6, Level.RED));
        assertThat(filter.baseline("", null)).isNull();
        assertThatThrownBy(() -> filter.baseline("2025-01-01", ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.byField()).containsOnlyKeys("baselineTo"));
    }

    @Test
    void datesOutsideTheYearsHelhetHandlesAndPeriodsOverTwentyFiveYearsAreRefused() {
        assertThatThrownBy(() -> IndicatorFilter.parse("-999999999-01-01", "+999999999-12-31", "ALL", "ALL", "ALL"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.byField())
                        .containsEntry("from", "Välj ett datum mellan år 1900 och 2199")
                        .containsEntry("to", "Välj ett datum mellan år 1900 och 2199"));
        assertThatThrownBy(() -> IndicatorFilter.parse("1990-01-01", "2026-01-01", "ALL", "ALL", "ALL"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.byField())
                        .containsOnlyKeys("to").containsValue("Välj en period på högst 25 år"));
        assertThat(IndicatorFilter.parse("2001-01-01", "2026-01-01", "ALL", "ALL", "ALL").from())
                .isEqualTo(LocalDate.of(2001, 1, 1));
    }
}
