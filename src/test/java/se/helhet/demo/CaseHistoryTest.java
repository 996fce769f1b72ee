package se.helhet.demo;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.helhet.access.Role;
import se.helhet.common.Deadline;

/** The five years of case history, read from the generated rows as the database would hold them. */
class CaseHistoryTest {

    private static final RecordedRows DISTRICT = RecordedRows.generate(20261123, 7_000);

    @Test
    void aboutAThirdOfPreliminaryAssessmentsOpenAnInvestigation() {
        var assessments = DISTRICT.rows(Table.PRELIMINARY_ASSESSMENT);
        long opened = assessments.stream().filter(r -> r[3].equals("OPEN_INVESTIGATION")).count();

        assertThat(assessments).hasSizeGreaterThan(1_000);
        assertThat(opened / (double) assessments.size()).isBetween(0.25, 0.37);
    }

    @Test
    void mostInvestigatedChildrenHadAnEarlierMatter() {
        Map<String, String[]> matters = byId(childMatters());
        var investigations = DISTRICT.rows(Table.INVESTIGATION);
        long reopened = investigations.stream().filter(r -> matters.get(r[1])[11].equals("true")).count();

        assertThat(reopened / (double) investigations.size()).isBetween(0.63, 0.83);
    }

    @Test
    void noChildHasTwoOpenMatters() {
        Map<String, Long> open = childMatters().stream().filter(r -> r[5].isEmpty())
                .collect(groupingBy(r -> r[2], counting()));

        assertThat(open).isNotEmpty();
        assertThat(open.values()).allMatch(n -> n == 1);
    }

    @Test
    void everyOpenInvestigationIsDueFourMonthsAfterOpeningOrLaterByAnExtension() {
        Set<String> extended = DISTRICT.rows(Table.INVESTIGATION_EXTENSION).stream()
                .map(r -> r[0] + "/" + r[2]).collect(Collectors.toSet());
        var open = DISTRICT.rows(Table.INVESTIGATION).stream().filter(r -> r[8].isEmpty()).toList();

        assertThat(open).hasSizeBetween(20, 40);
        assertThat(open).allMatch(r -> {
            LocalDate due = Deadline.investigation(LocalDate.parse(r[5])).due();
            return r[6].equals(due.toString()) || extended.contains(r[0] + "/" + r[6]);
        });
    }

    @Test
    void onlyUnitManagersDecide() {
        Set<String> managers = Staff.ALL.stream().filter(m -> m.roles().contains(Role.UNIT_MANAGER))
                .map(m -> Organisation.fixedId(20261123, "user", m.username()).toString())
                .collect(Collectors.toSet());
        var decisions = DISTRICT.rows(Table.DECISION);

        assertThat(decisions).hasSizeGreaterThan(200).allMatch(r -> managers.contains(r[7]));
        assertThat(DISTRICT.rows(Table.INVESTIGATION_EXTENSION)).allMatch(r -> managers.contains(r[4]));
    }

    @Test
    void aboutAThirdOfInvestigationsEndWithAnInterventionAndRefusalsCanBeAppealed() {
        var decisions = DISTRICT.rows(Table.DECISION);
        long granted = decisions.stream().filter(r -> r[3].equals("GRANTED")).count();

        assertThat(granted / (double) decisions.size()).isBetween(0.25, 0.37);
        assertThat(decisions).filteredOn(r -> r[3].equals("NOT_GRANTED")).isNotEmpty()
                .allMatch(r -> r[8].equals("true") && r[9].contains("överklaga"));
    }

    @Test
    void everyMatterKeepsTheChildsAreaAndAgeOnTheDayItStarted() {
        Map<String, String[]> persons = byId(DISTRICT.rows(Table.PERSON));
        Map<String, List<String[]>> areas = DISTRICT.rows(Table.PERSON_AREA).stream().collect(groupingBy(r -> r[0]));

        assertThat(childMatters()).allSatisfy(m -> {
            LocalDate start = java.time.OffsetDateTime.parse(m[4]).atZoneSameInstant(RecordedRows.SWEDEN).toLocalDate();
            String area = areas.get(m[2]).stream().filter(a -> !LocalDate.parse(a[2]).isAfter(start))
                    .max(java.util.Comparator.comparing(a -> a[2])).orElseThrow()[1];
            int age = java.time.Period.between(LocalDate.parse(persons.get(m[2])[7]), start).getYears();
            assertThat(m[9]).isEqualTo(area);
            assertThat(Integer.parseInt(m[10])).isEqualTo(age).isBetween(0, 17);
        });
    }

    @Test
    void theAdultUnitsMattersHaveNoneOfTheChildsAndAtMostOneOpenOfAKindPerPerson() {
        var adult = DISTRICT.rows(Table.MATTER).stream().filter(r -> !r[1].equals("CHILD_AND_YOUTH")).toList();

        assertThat(adult).hasSizeGreaterThan(100)
                .allMatch(r -> r[5].isEmpty() && r[7].isEmpty() && r[9].isEmpty() && r[10].isEmpty());
        assertThat(adult.stream().collect(groupingBy(r -> r[2] + "/" + r[1], counting())).values())
                .allMatch(n -> n == 1);
    }

    /** The matter rows of children and youth matters (the adult units' follow them in the same table). */
    private static List<String[]> childMatters() {
        return DISTRICT.rows(Table.MATTER).stream().filter(r -> r[1].equals("CHILD_AND_YOUTH")).toList();
    }

    static Map<String, String[]> byId(List<String[]> rows) {
        return rows.stream().collect(Collectors.toMap(r -> r[0], r -> r));
    }
}
