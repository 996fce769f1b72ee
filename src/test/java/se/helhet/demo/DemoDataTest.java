package se.helhet.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class DemoDataTest {

    @Test
    void sameSeedGivesIdenticalRows() {
        var first = RecordedRows.generate(42, 500);
        var second = RecordedRows.generate(42, 500);

        for (Table table : Table.values()) {
            assertThat(second.all(table)).as(table.name()).isEqualTo(first.all(table));
        }
        assertThat(first.all(Table.PERSON)).isNotEmpty();
    }

    @Test
    void anotherSeedGivesOtherPeople() {
        var first = RecordedRows.generate(42, 200);
        var other = RecordedRows.generate(43, 200);

        assertThat(other.all(Table.PERSON)).isNotEqualTo(first.all(Table.PERSON));
    }

    @Test
    void generatesExactlyTheRequestedNumberOfChildrenAllAged0To17() {
        var rows = RecordedRows.generate(20261123, 2000);
        LocalDate today = LocalDate.of(2026, 11, 23);

        assertThat(rows.counts.children()).isEqualTo(2000);
        long children = rows.rows(Table.PERSON).stream()
                .map(r -> LocalDate.parse(r[7]))
                .filter(birth -> birth.isAfter(today.minusYears(18)))
                .count();
        assertThat(children).isEqualTo(2000);
        assertThat(rows.rows(Table.PERSON)).hasSize((int) (rows.counts.children() + rows.counts.adults()));
        assertThat(rows.counts.adults()).isBetween(1500L, 2500L);
    }

    @Test
    void aboutOneChildInTenLivesInThePilotArea() {
        var rows = RecordedRows.generate(20261123, 2000);
        String pilot = new Organisation(20261123).pilotArea().id().toString();
        LocalDate today = LocalDate.of(2026, 11, 23);
        Set<String> children = rows.rows(Table.PERSON).stream()
                .filter(r -> LocalDate.parse(r[7]).isAfter(today.minusYears(18)))
                .map(r -> r[0])
                .collect(Collectors.toSet());
        // The latest period is where the child lives now.
        Map<String, String[]> currentArea = rows.rows(Table.PERSON_AREA).stream()
                .filter(r -> children.contains(r[0]))
                .collect(Collectors.toMap(r -> r[0], Function.identity(),
                        (a, b) -> a[2].compareTo(b[2]) >= 0 ? a : b));

        long inPilot = currentArea.values().stream().filter(r -> r[1].equals(pilot)).count();

        assertThat(currentArea).hasSize(2000);
        assertThat(inPilot).isBetween(140L, 260L);
    }

    @Test
    void everyChildHasAGuardianAndEveryPersonAnArea() {
        var rows = RecordedRows.generate(7, 1000);
        Set<String> guarded = rows.rows(Table.PERSON_RELATION).stream()
                .filter(r -> r[2].equals("GUARDIAN")).map(r -> r[1]).collect(Collectors.toSet());
        Set<String> located = rows.rows(Table.PERSON_AREA).stream().map(r -> r[0]).collect(Collectors.toSet());

        assertThat(guarded).hasSize(1000);
        assertThat(located).hasSize(rows.rows(Table.PERSON).size());
    }

    @Test
    void phoneNumbersComeOnlyFromTheRangeReservedForFiction() {
        var rows = RecordedRows.generate(20261123, 1000);

        assertThat(rows.rows(Table.PERSON)).map(r -> r[12]).filteredOn(phone -> !phone.isEmpty())
                .isNotEmpty()
                .allMatch(phone -> phone.matches("070-174 06 (0[5-9]|[1-9][0-9])"));
    }
}
