package se.helhet.common;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Swedish personnummer or samordningsnummer in canonical form {@code YYYYMMDDNNNC}.
 *
 * <p>Samordningsnummer with an unknown day of birth (day 60) are rejected on purpose: Helhet needs a real
 * birth date for age-based rules, so such persons are registered with a {@link ReserveNumber} instead.
 * The same goes for samordningsnummer whose date does not exist (for example month 00).
 */
public record PersonalIdentityNumber(String value) {

    private static final String EMPTY = "common.pin.empty";
    private static final String NOT_CANONICAL = "common.pin.not-canonical";
    private static final String INVALID_CHARACTERS = "common.pin.invalid-characters";
    private static final String WRONG_LENGTH = "common.pin.wrong-length";
    private static final String MISPLACED_SEPARATOR = "common.pin.misplaced-separator";
    private static final String UNKNOWN_BIRTH_DAY = "common.pin.unknown-birth-day";
    private static final String NONEXISTENT_DATE = "common.pin.nonexistent-date";
    private static final String BIRTH_NUMBER_ZERO = "common.pin.birth-number-zero";
    private static final String WRONG_CHECK_DIGIT = "common.pin.wrong-check-digit";
    private static final String FUTURE_BIRTH_DATE = "common.pin.future-birth-date";

    private static final Pattern CANONICAL = Pattern.compile("[0-9]{12}");
    // The separator, when given, always comes right before the birth number and check digit.
    private static final Pattern INPUT = Pattern.compile("([0-9]{2})?([0-9]{6})([-+]?)([0-9]{4})");
    private static final Pattern ALLOWED_CHARACTERS = Pattern.compile("[0-9+-]+");
    private static final int COORDINATION_DAY_OFFSET = 60;

    public PersonalIdentityNumber {
        if (value == null || value.isBlank()) {
            throw new InvalidIdentityNumberException(EMPTY);
        }
        if (!CANONICAL.matcher(value).matches()) {
            throw new InvalidIdentityNumberException(NOT_CANONICAL);
        }
        // Date before check digit: "the date does not exist" tells the user more than "wrong check digit".
        requireExistingDate(value);
        // Skatteverket never issues birth number 000, so such a number is a typing error or made up.
        if (value.startsWith("000", 8)) {
            throw new InvalidIdentityNumberException(BIRTH_NUMBER_ZERO);
        }
        if (!hasValidCheckDigit(value)) {
            throw new InvalidIdentityNumberException(WRONG_CHECK_DIGIT);
        }
    }

    /**
     * Parses any common written form. The clock decides the century of the 10-digit forms and rejects
     * birth dates in the future.
     */
    public static PersonalIdentityNumber parse(String input, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        if (input == null || input.isBlank()) {
            throw new InvalidIdentityNumberException(EMPTY);
        }
        String trimmed = input.strip();
        if (!ALLOWED_CHARACTERS.matcher(trimmed).matches()) {
            throw new InvalidIdentityNumberException(INVALID_CHARACTERS);
        }
        Matcher parts = INPUT.matcher(trimmed);
        if (!parts.matches()) {
            long digits = trimmed.chars().filter(c -> c >= '0' && c <= '9').count();
            throw new InvalidIdentityNumberException(
                    digits == 10 || digits == 12 ? MISPLACED_SEPARATOR : WRONG_LENGTH);
        }
        LocalDate today = LocalDate.now(clock);
        String yymmdd = parts.group(2);
        // With the century written out the separator adds nothing, so it is ignored.
        String century = parts.group(1) != null
                ? parts.group(1)
                : century(yymmdd, "+".equals(parts.group(3)), today);
        var number = new PersonalIdentityNumber(century + yymmdd + parts.group(4));
        if (number.birthDate().isAfter(today)) {
            throw new InvalidIdentityNumberException(FUTURE_BIRTH_DATE);
        }
        return number;
    }

    /** Whether a search query should be treated as an identity number rather than a name. */
    public static boolean looksLikeIdentityNumber(String query) {
        return query != null && INPUT.matcher(query.strip()).matches();
    }

    /** The real birth date, also for samordningsnummer (where the number's day is the real day + 60). */
    public LocalDate birthDate() {
        return LocalDate.of(year(value), month(value), realDay(value));
    }

    public boolean isCoordinationNumber() {
        return day(value) > COORDINATION_DAY_OFFSET;
    }

    /** {@code YYYYMMDD-NNNN}. */
    public String formatted() {
        return value.substring(0, 8) + "-" + value.substring(8);
    }

    /** {@code YYYYMMDD-****}, for lists where the full number is not needed. */
    public String masked() {
        return value.substring(0, 8) + "-****";
    }

    // Keeps the number out of logs and error messages that print the object.
    @Override
    public String toString() {
        return "PersonalIdentityNumber[****]";
    }

    /**
     * '-' (or none) means under 100 today: the latest century that does not put the birth date after today.
     * '+' means 100 or older, which is exactly one century before that.
     */
    private static String century(String yymmdd, boolean hundredOrOlder, LocalDate today) {
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int month = Integer.parseInt(yymmdd.substring(2, 4));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        int realDay = day >= COORDINATION_DAY_OFFSET ? day - COORDINATION_DAY_OFFSET : day;
        // Compared as numbers so that an impossible date still gets a century and is reported as such later.
        int monthDay = month * 100 + realDay;
        int todayKey = today.getYear() * 10_000 + today.getMonthValue() * 100 + today.getDayOfMonth();
        int year = today.getYear() - Math.floorMod(today.getYear() - yy, 100);
        if (year * 10_000 + monthDay > todayKey) {
            year -= 100;
        }
        if (hundredOrOlder) {
            year -= 100;
        }
        return Integer.toString(year / 100);
    }

    private static void requireExistingDate(String canonical) {
        if (day(canonical) == COORDINATION_DAY_OFFSET) {
            throw new InvalidIdentityNumberException(UNKNOWN_BIRTH_DAY);
        }
        try {
            LocalDate.of(year(canonical), month(canonical), realDay(canonical));
        } catch (DateTimeException e) {
            throw new InvalidIdentityNumberException(NONEXISTENT_DATE);
        }
    }

    /** Luhn over the 10-digit form YYMMDDNNNC: weights 2,1,2,1,... and the sum must end in 0. */
    private static boolean hasValidCheckDigit(String canonical) {
        int sum = 0;
        for (int i = 2; i < 12; i++) {
            int digit = canonical.charAt(i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    private static int year(String canonical) {
        return Integer.parseInt(canonical.substring(0, 4));
    }

    private static int month(String canonical) {
        return Integer.parseInt(canonical.substring(4, 6));
    }

    private static int day(String canonical) {
        return Integer.parseInt(canonical.substring(6, 8));
    }

    private static int realDay(String canonical) {
        int day = day(canonical);
        return day > COORDINATION_DAY_OFFSET ? day - COORDINATION_DAY_OFFSET : day;
    }
}
