package se.helhet.demo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class IdentityNumbersTest {

    @Test
    void givesTheYearsNumbersNearestTheWantedDateThenReserveNumbersWhenTheYearRunsOut() {
        var numbers = new IdentityNumbers(List.of("202001012398", "202001022389", "201901012391"), List.of());

        Identity first = numbers.personalOrReserve(LocalDate.of(2020, 1, 2));
        Identity second = numbers.personalOrReserve(LocalDate.of(2020, 6, 1));
        Identity third = numbers.personalOrReserve(LocalDate.of(2020, 3, 14));

        assertThat(first.personalIdentityNumber()).isEqualTo("202001022389");
        assertThat(first.birthDate()).isEqualTo(LocalDate.of(2020, 1, 2));
        assertThat(second.personalIdentityNumber()).isEqualTo("202001012398");
        // 2019 still has a number, but a child wanted in 2020 does not move to another year.
        assertThat(third.personalIdentityNumber()).isNull();
        assertThat(third.reserveNumber()).isEqualTo("20200314-R0001");
        assertThat(third.birthDate()).isEqualTo(LocalDate.of(2020, 3, 14));
        assertThat(numbers.lastReserveSequence()).isEqualTo(1);
    }

    @Test
    void handsOutANumberListedTwiceOnlyOnce() {
        var numbers = new IdentityNumbers(List.of("202001012398", "202001012398"), List.of());

        numbers.personalOrReserve(LocalDate.of(2020, 1, 1));

        assertThat(numbers.personalOrReserve(LocalDate.of(2020, 1, 1)).reserveNumber()).isNotNull();
    }

    @Test
    void childrenBornAfterTheListEndsGetReserveNumbersInSequence() {
        var numbers = IdentityNumbers.fromTestList();

        Identity a = numbers.personalOrReserve(LocalDate.of(2025, 3, 14));
        Identity b = numbers.personalOrReserve(LocalDate.of(2024, 1, 5));

        assertThat(a.reserveNumber()).isEqualTo("20250314-R0001");
        assertThat(b.reserveNumber()).isEqualTo("20240105-R0002");
    }

    @Test
    void coordinationNumbersGiveTheRealBirthDateAndSkipUnknownOrImpossibleDays() {
        var numbers = new IdentityNumbers(List.of(),
                List.of("191711602399", "198502902391", "198502862397"));

        Identity identity = numbers.coordinationOrOther(LocalDate.of(1985, 3, 1));
        Identity none = numbers.coordinationOrOther(LocalDate.of(1917, 11, 1));

        assertThat(identity.personalIdentityNumber()).isEqualTo("198502862397");
        assertThat(identity.coordinationNumber()).isTrue();
        assertThat(identity.birthDate()).isEqualTo(LocalDate.of(1985, 2, 26));
        assertThat(none.personalIdentityNumber()).isNull();
        assertThat(none.reserveNumber()).startsWith("19171101-R");
    }

    @Test
    void generatedPeopleHaveOnlyNumbersFromTheTestListsAndUniqueReserveNumbers() throws IOException {
        Set<String> testList = testList();
        var rows = RecordedRows.generate(20261123, 3000);
        var people = rows.rows(Table.PERSON);

        assertThat(people).map(r -> r[1]).filteredOn(n -> !n.isEmpty()).isNotEmpty().allMatch(testList::contains);
        List<String> reserve = people.stream().map(r -> r[3]).filter(n -> !n.isEmpty()).toList();
        assertThat(reserve).isNotEmpty().doesNotHaveDuplicates();
        assertThat(reserve).hasSize((int) rows.counts.lastReserveSequence());
        assertThat(people).allMatch(r -> r[1].isEmpty() != r[3].isEmpty());
        assertThat(people).filteredOn(r -> r[2].equals("true")).isNotEmpty()
                .allMatch(r -> Integer.parseInt(r[1].substring(6, 8)) > 60);
        assertThat(people).map(r -> r[1]).filteredOn(n -> !n.isEmpty()).doesNotHaveDuplicates();
    }

    private static Set<String> testList() throws IOException {
        try (InputStream in = resource("/demo/skatteverket-test-identity-numbers.json")) {
            return Pattern.compile("[0-9]{12}").matcher(new String(in.readAllBytes(), UTF_8)).results()
                    .map(m -> m.group()).collect(Collectors.toSet());
        }
    }

    private static InputStream resource(String resource) {
        return IdentityNumbersTest.class.getResourceAsStream(resource);
    }
}
