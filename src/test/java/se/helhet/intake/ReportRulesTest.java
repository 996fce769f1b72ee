package se.helhet.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static se.helhet.support.Refused.problem;
import static se.helhet.support.Refused.problems;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The rules of a typed report, without the application: every problem named at once, beside its field. */
class ReportRulesTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), STOCKHOLM);
    private static final UUID CHILD = UUID.randomUUID();

    private static NewReport aReport(String kind, List<UUID> children, String... reasons) {
        return new NewReport(kind, "2026-11-23T08:15", "SCHOOL", false, " Kim Rektor ", "Ekdalsskolan",
                "070-174 06 10", children, Arrays.asList(reasons), " Barnet kommer ofta utan frukost. ");
    }

    private static NewReport aConcernReportFromSchool() {
        return aReport("CONCERN_REPORT", List.of(CHILD), "NEGLECT", "SCHOOL_PROBLEMS");
    }

    @Test
    void aCompleteConcernReportIsCheckedAndTrimmed() {
        ReportRules.Checked checked = ReportRules.check(aConcernReportFromSchool(), CLOCK);

        assertThat(checked.kind()).isEqualTo(ReportKind.CONCERN_REPORT);
        assertThat(checked.category()).isEqualTo(ReporterCategory.SCHOOL);
        assertThat(checked.receivedAt()).isEqualTo(Instant.parse("2026-11-23T07:15:00Z"));
        assertThat(checked.reasons()).containsExactlyInAnyOrder(ConcernReason.NEGLECT, ConcernReason.SCHOOL_PROBLEMS);
        assertThat(checked.reporterName()).isEqualTo("Kim Rektor");
        assertThat(checked.description()).isEqualTo("Barnet kommer ofta utan frukost.");
        assertThat(checked.childIds()).containsExactly(CHILD);
    }

    @Test
    void anEmptyFormNamesEveryMissingFieldAtOnce() {
        NewReport empty = new NewReport(null, null, " ", false, null, null, null, null, null, null);

        assertThat(problems(() -> ReportRules.check(empty, CLOCK))).containsExactly(
                problem("kind", "Välj typ av ärende"),
                problem("reporterCategory", "Välj vem som anmäler"),
                problem("childIds", "Välj minst ett barn"),
                problem("description", "Beskriv vad anmälan gäller"));
    }

    @Test
    void receivedNowWhenNoTimeIsGiven() {
        NewReport now = new NewReport("APPLICATION", "", "GUARDIAN", false, null, null, null, List.of(CHILD),
                List.of(), "Vi behöver stöd.");

        assertThat(ReportRules.check(now, CLOCK).receivedAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void aConcernReportNeedsAReasonAnApplicationDoesNot() {
        assertThat(problems(() -> ReportRules.check(aReport("CONCERN_REPORT", List.of(CHILD)), CLOCK)))
                .containsExactly(problem("concernReasons", "Välj minst en orsak till oro"));
        assertThat(ReportRules.check(aReport("APPLICATION", List.of(CHILD)), CLOCK).reasons()).isEmpty();
    }

    @Test
    void unknownReasonsAreNamedEachTime() {
        assertThat(problems(() -> ReportRules.check(aReport("CONCERN_REPORT", List.of(CHILD), "NEGLECT", "BOREDOM",
                "?"), CLOCK))).containsExactly(
                problem("concernReasons", "Okänd orsak till oro"), problem("concernReasons", "Okänd orsak till oro"));
    }

    @Test
    void theReceivedTimeIsNeitherMalformedNorInTheFuture() {
        NewReport malformed = new NewReport("CONCERN_REPORT", "23/11 08:15", "SCHOOL", false, null, null, null,
                List.of(CHILD), List.of("NEGLECT"), "Oro.");
        NewReport future = new NewReport("CONCERN_REPORT", "2026-11-23T10:02", "SCHOOL", false, null, null, null,
                List.of(CHILD), List.of("NEGLECT"), "Oro.");
        NewReport withinAMinute = new NewReport("CONCERN_REPORT", "2026-11-23T10:01", "SCHOOL", false, null, null,
                null, List.of(CHILD), List.of("NEGLECT"), "Oro.");

        assertThat(problems(() -> ReportRules.check(malformed, CLOCK)))
                .containsExactly(problem("receivedAt", "Skriv datum och tid som ÅÅÅÅ-MM-DD TT:MM"));
        assertThat(problems(() -> ReportRules.check(future, CLOCK)))
                .containsExactly(problem("receivedAt", "Mottagningstiden kan inte ligga i framtiden"));
        assertThat(ReportRules.check(withinAMinute, CLOCK).receivedAt()).isEqualTo(Instant.parse("2026-11-23T09:01:00Z"));
    }

    @Test
    void theSameChildTwiceIsOneChildAndTenIsTheMost() {
        List<UUID> twice = new ArrayList<>(List.of(CHILD, CHILD));
        twice.add(null);
        List<UUID> eleven = IntStream.range(0, 11).mapToObj(n -> UUID.randomUUID()).toList();

        assertThat(ReportRules.check(aReport("CONCERN_REPORT", twice, "NEGLECT"), CLOCK).childIds())
                .containsExactly(CHILD);
        assertThat(problems(() -> ReportRules.check(aReport("CONCERN_REPORT", eleven, "NEGLECT"), CLOCK)))
                .containsExactly(problem("childIds", "Högst 10 barn i en anmälan"));
        assertThat(ReportRules.check(aReport("CONCERN_REPORT", eleven.subList(0, 10), "NEGLECT"), CLOCK).childIds())
                .hasSize(10);
    }

    @Test
    void textsHaveTheirLimits() {
        NewReport tooLong = new NewReport("CONCERN_REPORT", null, "SCHOOL", false, "n".repeat(301), "o".repeat(300),
                "c".repeat(301), List.of(CHILD), List.of("NEGLECT"), "d".repeat(20_001));

        assertThat(problems(() -> ReportRules.check(tooLong, CLOCK))).containsExactly(
                problem("description", "Högst 20 000 tecken"),
                problem("reporterName", "Högst 300 tecken"),
                problem("reporterContact", "Högst 300 tecken"));
    }

    @Test
    void anAnonymousReporterHasNoNameOrContactButMayNameTheOrganisation() {
        NewReport named = new NewReport("CONCERN_REPORT", null, "PRIVATE_PERSON", true, "Kim", null, null,
                List.of(CHILD), List.of("NEGLECT"), "Oro.");
        NewReport reachable = new NewReport("CONCERN_REPORT", null, "PRIVATE_PERSON", true, null, null, "070-1740610",
                List.of(CHILD), List.of("NEGLECT"), "Oro.");
        NewReport anonymous = new NewReport("CONCERN_REPORT", null, "SCHOOL", true, " ", "Ekdalsskolan", "",
                List.of(CHILD), List.of("NEGLECT"), "Oro.");
        var notAnonymous = problem("anonymous",
                "En anonym anmälare har inget namn eller kontaktuppgift: töm fälten eller avmarkera anonym");

        assertThat(problems(() -> ReportRules.check(named, CLOCK))).containsExactly(notAnonymous);
        assertThat(problems(() -> ReportRules.check(reachable, CLOCK))).containsExactly(notAnonymous);
        assertThat(ReportRules.check(anonymous, CLOCK)).satisfies(checked -> {
            assertThat(checked.anonymous()).isTrue();
            assertThat(checked.reporterName()).isNull();
            assertThat(checked.reporterOrganisation()).isEqualTo("Ekdalsskolan");
        });
    }

    @Test
    void codesAreReadWithoutSurroundingSpaceButOtherwiseExactly() {
        NewReport spaced = aReport(" CONCERN_REPORT ", List.of(CHILD), " NEGLECT");
        NewReport lowerCase = aReport("concern_report", List.of(CHILD), "NEGLECT");

        assertThat(ReportRules.check(spaced, CLOCK).reasons()).isEqualTo(Set.of(ConcernReason.NEGLECT));
        assertThat(problems(() -> ReportRules.check(lowerCase, CLOCK)))
                .containsExactly(problem("kind", "Välj typ av ärende"));
    }
}
