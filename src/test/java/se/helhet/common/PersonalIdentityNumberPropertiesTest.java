package se.helhet.common;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import se.helhet.platform.UserTexts;

/**
 * Identity numbers drawn from Skatteverket's list of test numbers (a made-up valid number may belong to a
 * real person), read on any day from the birth date to 120 years later.
 */
class PersonalIdentityNumberPropertiesTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final List<PersonalIdentityNumber> TEST_NUMBERS = testNumbers();

    /** A number and a day on which it is read, so the century of the short forms is decided afresh. */
    record Reading(PersonalIdentityNumber number, LocalDate today) {

        Clock clock() {
            return Clock.fixed(today.atTime(12, 0).atZone(STOCKHOLM).toInstant(), STOCKHOLM);
        }

        boolean hundredOrOlder() {
            return !number.birthDate().plusYears(100).isAfter(today);
        }

        String shortForm(String separator) {
            return number.value().substring(2, 8) + separator + number.value().substring(8);
        }
    }

    @Provide
    Arbitrary<PersonalIdentityNumber> testNumber() {
        return Arbitraries.of(TEST_NUMBERS);
    }

    @Provide
    Arbitrary<Reading> reading() {
        return testNumber().flatMap(number -> Arbitraries.integers().between(0, 120 * 366)
                .map(days -> new Reading(number, number.birthDate().plusDays(days))));
    }

    @Property
    void everyWrittenFormReadsBackAsTheSameNumber(@ForAll("reading") Reading reading) {
        PersonalIdentityNumber number = reading.number();
        String separator = reading.hundredOrOlder() ? "+" : "-";

        Stream.concat(
                Stream.of(number.value(), number.formatted(), reading.shortForm(separator),
                        " " + number.formatted() + " "),
                // Without a separator a short form means under 100, as with '-'.
                reading.hundredOrOlder() ? Stream.empty() : Stream.of(reading.shortForm(""))
        ).forEach(written -> {
            assertThat(PersonalIdentityNumber.looksLikeIdentityNumber(written)).as(written).isTrue();
            assertThat(PersonalIdentityNumber.parse(written, reading.clock())).as(written).isEqualTo(number);
        });
    }

    @Property
    void theBirthDateIsTheNumbersDateLessSixtyDaysForACoordinationNumber(
            @ForAll("testNumber") PersonalIdentityNumber number) {
        int day = Integer.parseInt(number.value().substring(6, 8));

        assertThat(number.isCoordinationNumber()).isEqualTo(day > 60);
        assertThat(number.birthDate().getDayOfMonth()).isEqualTo(number.isCoordinationNumber() ? day - 60 : day);
        assertThat(number.formatted()).isEqualTo(number.value().substring(0, 8) + "-" + number.value().substring(8));
    }

    /** The check digit covers the ten digits after the century: any one of them changed is caught. */
    @Property
    void aChangedDigitAfterTheCenturyIsRefused(@ForAll("testNumber") PersonalIdentityNumber number,
                                               @ForAll @IntRange(min = 2, max = 11) int position,
                                               @ForAll @IntRange(min = 1, max = 9) int change) {
        char[] digits = number.value().toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + change) % 10);
        String changed = new String(digits);

        var refusal = assertThatThrownBy(() -> new PersonalIdentityNumber(changed))
                .isInstanceOf(InvalidIdentityNumberException.class);
        if (position >= 8) {
            refusal.extracting(e -> UserTexts.text(e.getMessage())).isEqualTo(changed.startsWith("000", 8)
                    ? "Födelsenumret (siffrorna efter datumet) kan inte vara 000" : "Kontrollsiffran stämmer inte");
        }
    }

    @Property
    void printingNeverShowsTheNumber(@ForAll("testNumber") PersonalIdentityNumber number) {
        assertThat(number.toString()).doesNotContainPattern("[0-9]");
        assertThat(number.masked()).isEqualTo(number.value().substring(0, 8) + "-****");
    }

    private static List<PersonalIdentityNumber> testNumbers() {
        try (InputStream in = PersonalIdentityNumberPropertiesTest.class
                .getResourceAsStream("/demo/skatteverket-test-identity-numbers.json")) {
            Matcher numbers = Pattern.compile("\"([0-9]{12})\"").matcher(new String(in.readAllBytes(), UTF_8));
            // The list also holds coordination numbers Helhet refuses on purpose (day 60, month 00).
            return numbers.results().map(m -> accepted(m.group(1))).flatMap(Optional::stream).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<PersonalIdentityNumber> accepted(String value) {
        try {
            return Optional.of(new PersonalIdentityNumber(value));
        } catch (InvalidIdentityNumberException e) {
            return Optional.empty();
        }
    }
}
