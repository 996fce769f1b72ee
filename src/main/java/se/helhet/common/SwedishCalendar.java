package se.helhet.common;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.temporal.TemporalAdjusters.nextOrSame;

import java.time.LocalDate;
import java.time.Month;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days in Swedish municipal social services: Monday to Friday, except the public holidays of
 * lag (1989:253) om allmänna helgdagar and the three eves (midsommarafton, julafton, nyårsafton) that
 * are not holidays by law but days off by collective agreement, so nobody is at work to meet a deadline.
 */
public final class SwedishCalendar {

    /** {@code statutory} is false for the eves, which are days off in practice but not by law. */
    record Holiday(LocalDate date, Phrase name, boolean statutory) {

        Holiday {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(name, "name");
        }
    }

    // Computing a year takes microseconds, but deadlines ask for the same few years all day long.
    private static final Map<Integer, HolidayYear> CACHE = new ConcurrentHashMap<>();

    private SwedishCalendar() {
    }

    /** All holidays and eves of the year in date order; two holidays on one date are listed separately. */
    static List<Holiday> holidays(int year) {
        return holidayYear(year).holidays();
    }

    /**
     * The holiday on this date, if any. When two fall on the same date (första maj and Kristi
     * himmelsfärdsdag in 2008) they come back as one, named "Första maj, Kristi himmelsfärdsdag".
     */
    static Optional<Holiday> holiday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return Optional.ofNullable(holidayYear(date.getYear()).byDate().get(date));
    }

    /** Statutory holidays and the three eves alike. */
    public static boolean isHoliday(LocalDate date) {
        return holiday(date).isPresent();
    }

    /**
     * The holidays and eves of these years, for a query that works out due dates in the database: a day is a
     * working day there when it is a weekday not in this list.
     */
    public static LocalDate[] holidayDates(int fromYear, int toYear) {
        return java.util.stream.IntStream.rangeClosed(fromYear, toYear)
                .mapToObj(year -> holidayYear(year).byDate().keySet().stream().sorted())
                .flatMap(dates -> dates).toArray(LocalDate[]::new);
    }

    public static boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return date.getDayOfWeek() != SATURDAY && date.getDayOfWeek() != SUNDAY && !isHoliday(date);
    }

    /** The last working day strictly before {@code date}. */
    public static LocalDate previousWorkingDay(LocalDate date) {
        return workingDay(date, -1);
    }

    /** The first working day strictly after {@code date}. */
    public static LocalDate nextWorkingDay(LocalDate date) {
        return workingDay(date, 1);
    }

    private static LocalDate workingDay(LocalDate date, int step) {
        Objects.requireNonNull(date, "date");
        LocalDate day = date.plusDays(step);
        while (!isWorkingDay(day)) {
            day = day.plusDays(step);
        }
        return day;
    }

    /** Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static HolidayYear holidayYear(int year) {
        return CACHE.computeIfAbsent(year, SwedishCalendar::compute);
    }

    private static HolidayYear compute(int year) {
        LocalDate easter = easterSunday(year);
        LocalDate midsummerEve = LocalDate.of(year, Month.JUNE, 19).with(nextOrSame(FRIDAY));
        List<Holiday> holidays = List.of(
                statutory(LocalDate.of(year, Month.JANUARY, 1), "new-years-day"),
                statutory(LocalDate.of(year, Month.JANUARY, 6), "epiphany"),
                statutory(easter.minusDays(2), "good-friday"),
                statutory(easter, "easter-sunday"),
                statutory(easter.plusDays(1), "easter-monday"),
                statutory(LocalDate.of(year, Month.MAY, 1), "may-day"),
                statutory(easter.plusDays(39), "ascension-day"),
                statutory(LocalDate.of(year, Month.JUNE, 6), "national-day"),
                statutory(easter.plusDays(49), "whit-sunday"),
                eve(midsummerEve, "midsummer-eve"),
                statutory(midsummerEve.plusDays(1), "midsummer-day"),
                statutory(LocalDate.of(year, Month.OCTOBER, 31).with(nextOrSame(SATURDAY)), "all-saints-day"),
                eve(LocalDate.of(year, Month.DECEMBER, 24), "christmas-eve"),
                statutory(LocalDate.of(year, Month.DECEMBER, 25), "christmas-day"),
                statutory(LocalDate.of(year, Month.DECEMBER, 26), "boxing-day"),
                eve(LocalDate.of(year, Month.DECEMBER, 31), "new-years-eve"));
        List<Holiday> sorted = holidays.stream().sorted(Comparator.comparing(Holiday::date)).toList();
        Map<LocalDate, Holiday> byDate = new LinkedHashMap<>();
        for (Holiday holiday : sorted) {
            byDate.merge(holiday.date(), holiday, (first, second) -> new Holiday(
                    first.date(), new Phrase("common.holiday.two", first.name(), second.name()),
                    first.statutory() || second.statutory()));
        }
        return new HolidayYear(sorted, Map.copyOf(byDate));
    }

    private static Holiday statutory(LocalDate date, String name) {
        return new Holiday(date, new Phrase("common.holiday." + name), true);
    }

    private static Holiday eve(LocalDate date, String name) {
        return new Holiday(date, new Phrase("common.holiday." + name), false);
    }

    private record HolidayYear(List<Holiday> holidays, Map<LocalDate, Holiday> byDate) {
    }
}
