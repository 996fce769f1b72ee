package se.helhet.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.helhet.platform.UserTexts;

class SwedishCalendarTest {

    @ParameterizedTest
    @CsvSource({"2008, 2008-03-23", "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05",
            "2038, 2038-04-25", "2285, 2285-03-22"})
    void findsEasterSundayIncludingTheEarliestAndLatestPossible(int year, LocalDate easter) {
        assertThat(SwedishCalendar.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void listsTheHolidaysOf2024() {
        assertThat(SwedishCalendar.holidays(2024))
                .extracting(SwedishCalendar.Holiday::date, SwedishCalendarTest::name)
                .containsExactly(
                        tuple(LocalDate.of(2024, 1, 1), "Nyårsdagen"),
                        tuple(LocalDate.of(2024, 1, 6), "Trettondedag jul"),
                        tuple(LocalDate.of(2024, 3, 29), "Långfredagen"),
                        tuple(LocalDate.of(2024, 3, 31), "Påskdagen"),
                        tuple(LocalDate.of(2024, 4, 1), "Annandag påsk"),
                        tuple(LocalDate.of(2024, 5, 1), "Första maj"),
                        tuple(LocalDate.of(2024, 5, 9), "Kristi himmelsfärdsdag"),
                        tuple(LocalDate.of(2024, 5, 19), "Pingstdagen"),
                        tuple(LocalDate.of(2024, 6, 6), "Sveriges nationaldag"),
                        tuple(LocalDate.of(2024, 6, 21), "Midsommarafton"),
                        tuple(LocalDate.of(2024, 6, 22), "Midsommardagen"),
                        tuple(LocalDate.of(2024, 11, 2), "Alla helgons dag"),
                        tuple(LocalDate.of(2024, 12, 24), "Julafton"),
                        tuple(LocalDate.of(2024, 12, 25), "Juldagen"),
                        tuple(LocalDate.of(2024, 12, 26), "Annandag jul"),
                        tuple(LocalDate.of(2024, 12, 31), "Nyårsafton"));
    }

    @Test
    void listsTheMovingHolidaysOf2025() {
        assertThat(SwedishCalendar.holidays(2025))
                .extracting(SwedishCalendar.Holiday::date)
                .containsExactly(
                        LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 6), LocalDate.of(2025, 4, 18),
                        LocalDate.of(2025, 4, 20), LocalDate.of(2025, 4, 21), LocalDate.of(2025, 5, 1),
                        LocalDate.of(2025, 5, 29), LocalDate.of(2025, 6, 6), LocalDate.of(2025, 6, 8),
                        LocalDate.of(2025, 6, 20), LocalDate.of(2025, 6, 21), LocalDate.of(2025, 11, 1),
                        LocalDate.of(2025, 12, 24), LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26),
                        LocalDate.of(2025, 12, 31));
    }

    @Test
    void listsTheHolidaysOf2026WithTheEvesMarkedAsNotStatutory() {
        assertThat(SwedishCalendar.holidays(2026))
                .extracting(SwedishCalendar.Holiday::date, SwedishCalendarTest::name,
                        SwedishCalendar.Holiday::statutory)
                .containsExactly(
                        tuple(LocalDate.of(2026, 1, 1), "Nyårsdagen", true),
                        tuple(LocalDate.of(2026, 1, 6), "Trettondedag jul", true),
                        tuple(LocalDate.of(2026, 4, 3), "Långfredagen", true),
                        tuple(LocalDate.of(2026, 4, 5), "Påskdagen", true),
                        tuple(LocalDate.of(2026, 4, 6), "Annandag påsk", true),
                        tuple(LocalDate.of(2026, 5, 1), "Första maj", true),
                        tuple(LocalDate.of(2026, 5, 14), "Kristi himmelsfärdsdag", true),
                        tuple(LocalDate.of(2026, 5, 24), "Pingstdagen", true),
                        tuple(LocalDate.of(2026, 6, 6), "Sveriges nationaldag", true),
                        tuple(LocalDate.of(2026, 6, 19), "Midsommarafton", false),
                        tuple(LocalDate.of(2026, 6, 20), "Midsommardagen", true),
                        tuple(LocalDate.of(2026, 10, 31), "Alla helgons dag", true),
                        tuple(LocalDate.of(2026, 12, 24), "Julafton", false),
                        tuple(LocalDate.of(2026, 12, 25), "Juldagen", true),
                        tuple(LocalDate.of(2026, 12, 26), "Annandag jul", true),
                        tuple(LocalDate.of(2026, 12, 31), "Nyårsafton", false));
    }

    @Test
    void findsTheHolidayOfADate() {
        assertThat(SwedishCalendar.holiday(LocalDate.of(2026, 4, 3))).map(SwedishCalendarTest::name)
                .contains("Långfredagen");
        assertThat(SwedishCalendar.holiday(LocalDate.of(2026, 4, 7))).isEmpty();
    }

    @Test
    void namesBothHolidaysWhenTheyFallOnTheSameDate() {
        assertThat(SwedishCalendar.holiday(LocalDate.of(2008, 5, 1)))
                .hasValueSatisfying(holiday -> {
                    assertThat(name(holiday)).isEqualTo("Första maj, Kristi himmelsfärdsdag");
                    assertThat(holiday.statutory()).isTrue();
                });
        assertThat(SwedishCalendar.holidays(2008)).hasSize(16);
    }

    @ParameterizedTest
    @CsvSource({"2026-11-23, true", "2026-11-21, false", "2026-11-22, false", "2026-04-06, false",
            "2026-06-19, false", "2026-12-24, false", "2026-12-31, false", "2026-12-30, true"})
    void workingDaysAreWeekdaysThatAreNeitherHolidaysNorEves(LocalDate date, boolean working) {
        assertThat(SwedishCalendar.isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    void previousWorkingDayIsStrictlyBeforeAndSkipsEaster() {
        assertThat(SwedishCalendar.previousWorkingDay(LocalDate.of(2026, 4, 6))).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(SwedishCalendar.previousWorkingDay(LocalDate.of(2026, 11, 24)))
                .isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void nextWorkingDayIsStrictlyAfterAndSkipsChristmasAndNewYear() {
        assertThat(SwedishCalendar.nextWorkingDay(LocalDate.of(2026, 12, 23))).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(SwedishCalendar.nextWorkingDay(LocalDate.of(2026, 12, 30))).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(SwedishCalendar.nextWorkingDay(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    /** The holiday's name as a Swedish page shows it. */
    private static String name(SwedishCalendar.Holiday holiday) {
        return UserTexts.text(holiday.name());
    }
}
