package se.helhet.common;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;

import se.helhet.platform.UserTexts;

/** The Swedish calendar over any day from 1900 to 2199, not only the years someone wrote down. */
class SwedishCalendarPropertiesTest {

    @Property
    void theNextWorkingDayIsTheFirstDayAfterThatIsNeitherWeekendNorHoliday(
            @ForAll @DateRange(min = "1900-01-01", max = "2199-12-24") LocalDate date) {
        LocalDate next = SwedishCalendar.nextWorkingDay(date);

        assertThat(next).isAfter(date);
        assertThat(SwedishCalendar.isWorkingDay(next)).isTrue();
        assertThat(next.getDayOfWeek()).isNotIn(SATURDAY, SUNDAY);
        assertThat(SwedishCalendar.holiday(next)).isEmpty();
        assertThat(date.plusDays(1).datesUntil(next)).noneMatch(SwedishCalendar::isWorkingDay);
    }

    @Property
    void thePreviousWorkingDayIsTheLastDayBeforeThatIsNeitherWeekendNorHoliday(
            @ForAll @DateRange(min = "1900-01-08", max = "2199-12-31") LocalDate date) {
        LocalDate previous = SwedishCalendar.previousWorkingDay(date);

        assertThat(previous).isBefore(date);
        assertThat(SwedishCalendar.isWorkingDay(previous)).isTrue();
        assertThat(previous.plusDays(1).datesUntil(date)).noneMatch(SwedishCalendar::isWorkingDay);
    }

    /** The longest break is Christmas on a Monday: Saturday the 22nd to Wednesday the 26th. */
    @Property
    void noBreakIsLongerThanFiveDays(@ForAll @DateRange(min = "1900-01-01", max = "2199-12-24") LocalDate date) {
        assertThat(SwedishCalendar.nextWorkingDay(date)).isBeforeOrEqualTo(date.plusDays(6));
    }

    @Property
    void everyYearHasItsSixteenHolidaysOnTheirDaysOfTheWeek(@ForAll @IntRange(min = 1900, max = 2199) int year) {
        List<SwedishCalendar.Holiday> holidays = SwedishCalendar.holidays(year);
        Map<String, LocalDate> on = holidays.stream()
                .collect(Collectors.toMap(SwedishCalendarPropertiesTest::name, SwedishCalendar.Holiday::date));
        LocalDate easter = on.get("Påskdagen");

        assertThat(holidays).hasSize(16).allSatisfy(holiday -> {
            assertThat(holiday.date().getYear()).isEqualTo(year);
            assertThat(SwedishCalendar.isWorkingDay(holiday.date())).isFalse();
            assertThat(SwedishCalendar.holiday(holiday.date())).hasValueSatisfying(
                    found -> assertThat(name(found)).contains(name(holiday)));
        });
        assertThat(holidays).extracting(SwedishCalendar.Holiday::date).isSorted();
        assertThat(easter.getDayOfWeek()).isEqualTo(SUNDAY);
        assertThat(MonthDay.from(easter)).isBetween(MonthDay.of(3, 22), MonthDay.of(4, 25));
        assertThat(on.get("Långfredagen")).isEqualTo(easter.minusDays(2));
        assertThat(on.get("Kristi himmelsfärdsdag").getDayOfWeek()).isEqualTo(THURSDAY);
        assertThat(on.get("Pingstdagen").getDayOfWeek()).isEqualTo(SUNDAY);
        assertThat(on.get("Midsommarafton").getDayOfWeek()).isEqualTo(FRIDAY);
        assertThat(MonthDay.from(on.get("Midsommarafton"))).isBetween(MonthDay.of(6, 19), MonthDay.of(6, 25));
        assertThat(on.get("Alla helgons dag").getDayOfWeek()).isEqualTo(SATURDAY);
        assertThat(on.get("Alla helgons dag")).isBetween(LocalDate.of(year, 10, 31), LocalDate.of(year, 11, 6));
        assertThat(holidays).filteredOn(h -> !h.statutory()).extracting(SwedishCalendarPropertiesTest::name)
                .containsExactly("Midsommarafton", "Julafton", "Nyårsafton");
    }

    @Property
    void aWeekdayIsAWorkingDayUnlessItIsAHoliday(
            @ForAll @DateRange(min = "1900-01-01", max = "2199-12-31") LocalDate date) {
        boolean weekend = date.getDayOfWeek() == SATURDAY || date.getDayOfWeek() == SUNDAY;

        assertThat(SwedishCalendar.isWorkingDay(date)).isEqualTo(!weekend && SwedishCalendar.holiday(date).isEmpty());
        assertThat(SwedishCalendar.holiday(date).isPresent()).isEqualTo(SwedishCalendar.holidays(date.getYear())
                .stream().map(SwedishCalendar.Holiday::date).anyMatch(date::equals));
    }

    /** The holiday's name as a Swedish page shows it. */
    private static String name(SwedishCalendar.Holiday holiday) {
        return UserTexts.text(holiday.name());
    }
}
