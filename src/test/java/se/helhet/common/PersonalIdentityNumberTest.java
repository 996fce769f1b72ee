package se.helhet.common;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import se.helhet.platform.UserTexts;

/**
 * Every valid number here comes from Skatteverket's list of test numbers, which belong to no real person.
 * Invalid ones are test numbers with a digit changed.
 */
class PersonalIdentityNumberTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Clock CLOCK = clockAt(TODAY);

    private static final String UNKNOWN_BIRTH_DAY = "Samordningsnummer med okänd födelsedag (dag 60) stöds inte. "
            + "Registrera personen med reservnummer.";
    private static final String NONEXISTENT_DATE = "Datumet i personnumret finns inte";

    @Test
    void acceptsTwelveDigitFormWithoutSeparator() {
        var number = PersonalIdentityNumber.parse("201202012389", CLOCK);

        assertThat(number.value()).isEqualTo("201202012389");
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(2012, 2, 1));
        assertThat(number.isCoordinationNumber()).isFalse();
    }

    @Test
    void acceptsTwelveDigitFormWithHyphen() {
        assertThat(PersonalIdentityNumber.parse("20120201-2389", CLOCK).value()).isEqualTo("201202012389");
    }

    @Test
    void acceptsTwelveDigitFormWithPlusAndIgnoresTheSeparator() {
        assertThat(PersonalIdentityNumber.parse("18900101+9802", CLOCK).value()).isEqualTo("189001019802");
        assertThat(PersonalIdentityNumber.parse("19800229+2384", CLOCK).value()).isEqualTo("198002292384");
    }

    @Test
    void acceptsTenDigitFormWithHyphenForChildBornThisCentury() {
        assertThat(PersonalIdentityNumber.parse("120201-2389", CLOCK).value()).isEqualTo("201202012389");
    }

    @Test
    void acceptsTenDigitFormWithoutSeparatorForChildBornThisCentury() {
        assertThat(PersonalIdentityNumber.parse("1202012389", CLOCK).value()).isEqualTo("201202012389");
    }

    @Test
    void acceptsTenDigitFormWithHyphenForAdultBornLastCentury() {
        var number = PersonalIdentityNumber.parse("800229-2384", CLOCK);

        assertThat(number.value()).isEqualTo("198002292384");
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1980, 2, 29));
    }

    @Test
    void acceptsTenDigitFormWithPlusForPersonAgedHundredOrOlder() {
        var number = PersonalIdentityNumber.parse("900101+9802", CLOCK);

        assertThat(number.value()).isEqualTo("189001019802");
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1890, 1, 1));
    }

    @Test
    void trimsSurroundingWhitespace() {
        assertThat(PersonalIdentityNumber.parse("  120201-2389 \t", CLOCK).value()).isEqualTo("201202012389");
    }

    @Test
    void hyphenPicksLastCenturyWhenThisCenturyWouldPutTheBirthDateInTheFuture() {
        // 2026-12-04 has not happened yet, so a person under 100 was born 1926-12-04.
        assertThat(PersonalIdentityNumber.parse("261204-9029", CLOCK).value()).isEqualTo("192612049029");
    }

    @Test
    void plusPicksTheLatestCenturyWherePersonIsAtLeastHundred() {
        assertThat(PersonalIdentityNumber.parse("261116+9257", CLOCK).value()).isEqualTo("192611169257");
    }

    @Test
    void plusCountsTheHundredthBirthdayItself() {
        var onBirthday = clockAt(LocalDate.of(2026, 11, 16));

        assertThat(PersonalIdentityNumber.parse("261116+9257", onBirthday).value()).isEqualTo("192611169257");
    }

    @Test
    void differentFormsOfTheSameNumberAreEqual() {
        assertThat(PersonalIdentityNumber.parse("120201-2389", CLOCK))
                .isEqualTo(PersonalIdentityNumber.parse("201202012389", CLOCK))
                .isEqualTo(new PersonalIdentityNumber("201202012389"));
    }

    @Test
    void rejectsBirthDateInTheFuture() {
        // No test number lies after the fixed date, so the clock is moved back instead.
        var beforeBirth = clockAt(LocalDate.of(2023, 6, 1));

        assertThatThrownBy(() -> PersonalIdentityNumber.parse("20231231-2388", beforeBirth))
                .isInstanceOf(InvalidIdentityNumberException.class)
                .extracting(e -> UserTexts.text(e.getMessage())).isEqualTo("Födelsedatumet ligger i framtiden");
    }

    @Test
    void rejectsCoordinationNumberWithRealBirthDateInTheFuture() {
        var beforeBirth = clockAt(LocalDate.of(2023, 1, 31));

        assertThatThrownBy(() -> PersonalIdentityNumber.parse("202302612391", beforeBirth))
                .extracting(e -> UserTexts.text(e.getMessage())).isEqualTo("Födelsedatumet ligger i framtiden");
    }

    @ParameterizedTest
    @ValueSource(strings = {"201202012388", "20120201-2380", "120201-2380", "1202012380"})
    void rejectsWrongCheckDigit(String input) {
        assertThatThrownBy(() -> PersonalIdentityNumber.parse(input, CLOCK))
                .isInstanceOf(InvalidIdentityNumberException.class)
                .extracting(e -> UserTexts.text(e.getMessage())).isEqualTo("Kontrollsiffran stämmer inte");
    }

    @ParameterizedTest
    // Birth number 000 with a correct check digit: Skatteverket never issues it, so no real person has it.
    @ValueSource(strings = {"201202010003", "20120201-0003", "800229-0008", "201202610000"})
    void rejectsBirthNumberZero(String input) {
        assertThatThrownBy(() -> PersonalIdentityNumber.parse(input, CLOCK))
                .isInstanceOf(InvalidIdentityNumberException.class)
                .extracting(e -> UserTexts.text(e.getMessage())).isEqualTo("Födelsenumret (siffrorna efter datumet) kan inte vara 000");
        assertThatThrownBy(() -> new PersonalIdentityNumber("201202010003"))
                .isInstanceOf(InvalidIdentityNumberException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"20120201238", "2012020123890", "120201-238", "1202", "120201-23890"})
    void rejectsWrongNumberOfDigits(String input) {
        assertThatThrownBy(() -> PersonalIdentityNumber.parse(input, CLOCK))
                .isInstanceOf(InvalidIdentityNumberException.class)
                .extracting(e -> UserTexts.text(e.getMessage())).isEqualTo("Personnumret ska ha 10 eller 12 siffror");
    }

    @ParameterizedTest
    @ValueSource(strings = {"20120201-238X", "Anna Svensson", "120201 2389", "120201/2389"})
    void rejectsLettersAndOtherCharacters(String input) {
        assertThatThrownBy(() -> PersonalIdentityNumber.parse(input, CLOCK))
                .isInstanceOf(InvalidIdentityNumberException.class)
                .extracting(e -> UserTexts.text(e.getMessage())).isEqualTo("Personnumret får bara innehålla siffror, bindestreck eller plustecken");
    }

    @ParameterizedTest
    @ValueSource(strings = {"201202-012389", "2012-0201-2389", "120201--2389", "-1202012389"})
    void rejectsSeparatorInTheWrongPlace(String input) {
        assertThatThrownBy(() -> PersonalIdentityNumber.parse(input, CLOCK))
                .isInstanceOf(InvalidIdentityNumberException.class)
                .extracting(e -> UserTexts.text(e.getMessage())).isEqualTo("Bindestreck eller plustecken ska stå före de fyra sista siffrorna");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void rejectsMissingInput(String input) {
        assertThatThrownBy(() -> PersonalIdentityNumber.parse(input, CLOCK))
                .isInstanceOf(InvalidIdentityNumberException.class)
                .extracting(e -> UserTexts.text(e.getMessage())).isEqualTo("Ange ett personnummer");
    }

    @ParameterizedTest
    // Test numbers with the date changed to 30 February, month 13 and day 00. The date is checked before
    // the check digit, so the more helpful message wins.
    @ValueSource(strings = {"202302302386", "20121301-2389", "120200-2389"})
    void rejectsDateThatDoesNotExist(String input) {
        assertThatThrownBy(() -> PersonalIdentityNumber.parse(input, CLOCK))
                .isInstanceOf(InvalidIdentityNumberException.class)
                .extracting(e -> UserTexts.text(e.getMessage())).isEqualTo(NONEXISTENT_DATE);
    }

    @Test
    void acceptsCoordinationNumberAndGivesTheRealBirthDate() {
        var number = PersonalIdentityNumber.parse("20230261-2391", CLOCK);

        assertThat(number.value()).isEqualTo("202302612391");
        assertThat(number.isCoordinationNumber()).isTrue();
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(2023, 2, 1));
    }

    @Test
    void acceptsCoordinationNumberInTenDigitForms() {
        assertThat(PersonalIdentityNumber.parse("230261-2391", CLOCK).value()).isEqualTo("202302612391");
        assertThat(PersonalIdentityNumber.parse("140168+2396", CLOCK).value()).isEqualTo("191401682396");
        assertThat(PersonalIdentityNumber.parse("140168+2396", CLOCK).birthDate()).isEqualTo(LocalDate.of(1914, 1, 8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"191711602399", "171160+2399"})
    void rejectsCoordinationNumberWithUnknownDayOfBirth(String input) {
        assertThatThrownBy(() -> PersonalIdentityNumber.parse(input, CLOCK))
                .isInstanceOf(InvalidIdentityNumberException.class)
                .extracting(e -> UserTexts.text(e.getMessage())).isEqualTo(UNKNOWN_BIRTH_DAY);
    }

    @ParameterizedTest
    // 31 April + 60, and month 00 (Skatteverket's marker for an unknown month).
    @ValueSource(strings = {"192004912388", "191500722390"})
    void rejectsCoordinationNumberWhoseDateDoesNotExist(String input) {
        assertThatThrownBy(() -> PersonalIdentityNumber.parse(input, CLOCK))
                .isInstanceOf(InvalidIdentityNumberException.class)
                .extracting(e -> UserTexts.text(e.getMessage())).isEqualTo(NONEXISTENT_DATE);
    }

    @Test
    void formatsWithHyphenAndMasksTheLastFourDigits() {
        var number = PersonalIdentityNumber.parse("1202012389", CLOCK);

        assertThat(number.formatted()).isEqualTo("20120201-2389");
        assertThat(number.masked()).isEqualTo("20120201-****");
    }

    @Test
    void formatsCoordinationNumberWithItsOwnDayNotTheRealDay() {
        assertThat(PersonalIdentityNumber.parse("202302612391", CLOCK).formatted()).isEqualTo("20230261-2391");
    }

    @Test
    void toStringHidesTheNumber() {
        var number = PersonalIdentityNumber.parse("201202012389", CLOCK);

        assertThat(number.toString())
                .isEqualTo("PersonalIdentityNumber[****]")
                .doesNotContain("2012", "2389");
    }

    @Test
    void constructorAcceptsOnlyTheCanonicalForm() {
        assertThat(new PersonalIdentityNumber("201202012389").birthDate()).isEqualTo(LocalDate.of(2012, 2, 1));
        assertThatThrownBy(() -> new PersonalIdentityNumber("20120201-2389"))
                .isInstanceOf(InvalidIdentityNumberException.class);
        assertThatThrownBy(() -> new PersonalIdentityNumber("1202012389"))
                .isInstanceOf(InvalidIdentityNumberException.class);
        assertThatThrownBy(() -> new PersonalIdentityNumber(null))
                .isInstanceOf(InvalidIdentityNumberException.class);
    }

    @Test
    void constructorValidatesCheckDigitAndDate() {
        assertThatThrownBy(() -> new PersonalIdentityNumber("201202012388")).extracting(e -> UserTexts.text(e.getMessage())).isEqualTo("Kontrollsiffran stämmer inte");
        assertThatThrownBy(() -> new PersonalIdentityNumber("202302302386")).extracting(e -> UserTexts.text(e.getMessage())).isEqualTo(NONEXISTENT_DATE);
        assertThatThrownBy(() -> new PersonalIdentityNumber("191711602399")).extracting(e -> UserTexts.text(e.getMessage())).isEqualTo(UNKNOWN_BIRTH_DAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"201202012389", "20120201-2389", "1202012389", "120201-2389", "900101+9802",
            " 120201-2389 ", "201202012388"})
    void recognisesQueriesShapedLikeIdentityNumbers(String query) {
        assertThat(PersonalIdentityNumber.looksLikeIdentityNumber(query)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Anna", "Anna 120201-2389", "120201", "1202-012389", "120201--2389", "120201 2389",
            "20120201238", "2012020123890"})
    void doesNotTreatOtherQueriesAsIdentityNumbers(String query) {
        assertThat(PersonalIdentityNumber.looksLikeIdentityNumber(query)).isFalse();
    }

    @Test
    void parsesSkatteverketsWholeTestList() throws IOException {
        String json;
        try (InputStream in = getClass().getResourceAsStream("/demo/skatteverket-test-identity-numbers.json")) {
            assertThat(in).as("test list on the classpath").isNotNull();
            json = new String(in.readAllBytes(), UTF_8);
        }
        List<String> personal = numbersIn(json, "personalIdentityNumbers");
        List<String> coordination = numbersIn(json, "coordinationNumbers");
        assertThat(personal).hasSize(41_129);
        assertThat(coordination).hasSize(2_264);

        List<String> failures = new ArrayList<>();
        for (String value : personal) {
            LocalDate birthDate = LocalDate.parse(value.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
            if (birthDate.isAfter(TODAY)) {
                continue;
            }
            expectParsesTo(value, value, failures);
            expectParsesTo(tenDigitForm(value, birthDate), value, failures);
        }

        int parsed = 0;
        int unknownDay = 0;
        int nonexistentDate = 0;
        for (String value : coordination) {
            try {
                var number = PersonalIdentityNumber.parse(value, CLOCK);
                parsed++;
                int realDay = Integer.parseInt(value.substring(6, 8)) - 60;
                if (!number.isCoordinationNumber() || realDay < 1 || realDay > 31
                        || number.birthDate().getDayOfMonth() != realDay) {
                    failures.add(value + ": wrong real birth date");
                }
                expectParsesTo(tenDigitForm(value, number.birthDate()), value, failures);
            } catch (InvalidIdentityNumberException e) {
                switch (UserTexts.text(e.getMessage())) {
                    case UNKNOWN_BIRTH_DAY -> unknownDay++;
                    case NONEXISTENT_DATE -> nonexistentDate++;
                    default -> failures.add(value + ": " + UserTexts.text(e.getMessage()));
                }
            }
        }

        assertThat(failures).isEmpty();
        assertThat(parsed).isEqualTo(2_070);
        assertThat(unknownDay).isEqualTo(41);
        // 129 of these use month 00, the other 24 a day past the end of the month.
        assertThat(nonexistentDate).isEqualTo(153);
    }

    private static void expectParsesTo(String input, String expected, List<String> failures) {
        try {
            String actual = PersonalIdentityNumber.parse(input, CLOCK).value();
            if (!actual.equals(expected)) {
                failures.add(input + ": parsed as " + actual);
            }
        } catch (InvalidIdentityNumberException e) {
            failures.add(input + ": " + e.getMessage());
        }
    }

    private static String tenDigitForm(String value, LocalDate birthDate) {
        char separator = birthDate.plusYears(100).isAfter(TODAY) ? '-' : '+';
        return value.substring(2, 8) + separator + value.substring(8);
    }

    private static List<String> numbersIn(String json, String key) {
        Matcher array = Pattern.compile("\"" + key + "\"\\s*:\\s*\\[([^\\]]*)]").matcher(json);
        assertThat(array.find()).as("array %s in the test list", key).isTrue();
        return Pattern.compile("\"([0-9]{12})\"").matcher(array.group(1)).results()
                .map(result -> result.group(1))
                .toList();
    }

    private static Clock clockAt(LocalDate date) {
        return Clock.fixed(date.atTime(12, 0).atZone(STOCKHOLM).toInstant(), STOCKHOLM);
    }
}
