package se.helhet.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Answers;
import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.Consenting;
import se.helhet.support.HelhetTest;
import tools.jackson.databind.JsonNode;

/**
 * The outcome indicators on hand-built children: each test reads today's numbers, records outcomes whose
 * change is known, and checks how far numerator and denominator moved.
 */
@HelhetTest
class OutcomeIndicatorApiTest {

    @LocalServerPort
    int port;

    private final LocalDate today = LocalDate.now();

    private Map<String, JsonNode> todayForAll() {
        var response = Api.as(port, "chef").get("/api/v1/indicators?from=" + today + "&to=" + today);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        Map<String, JsonNode> byCode = new HashMap<>();
        response.json().forEach(i -> byCode.put(i.get("code").asString(), i));
        return byCode;
    }

    private static long moved(Map<String, JsonNode> before, Map<String, JsonNode> after, String code, String field) {
        return after.get(code).get(field).asLong() - before.get(code).get(field).asLong();
    }

    private void sdq(CaseFlow.Opened opened, String informant, String timePoint, LocalDate on, int total) {
        var response = Api.as(port, "mottagning").post("/api/v1/persons/" + opened.childId()
                        + "/instrument-administrations", Api.json("""
                        {'instrument': 'SDQ', 'informant': '%s', 'administeredOn': '%s', 'timePoint': '%s',
                         'matterId': '%s', 'responses': %s}""", informant, on, timePoint, opened.matterId(),
                Answers.json(Answers.sdqWithTotal(total))));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    @Test
    void aDropOfThreePointsInTheSdqTotalIsAnImprovementAndTwoIsNot() {
        var before = todayForAll();
        var improved = CaseFlow.reported(port, 9, "Alfred", "CONCERN_REPORT");
        sdq(improved, "PARENT", "START", today.minusMonths(5), 18);
        sdq(improved, "PARENT", "END", today, 15);
        var unchanged = CaseFlow.reported(port, 10, "Berit", "CONCERN_REPORT");
        sdq(unchanged, "PARENT", "START", today.minusMonths(5), 18);
        sdq(unchanged, "PARENT", "END", today, 16);

        var after = todayForAll();

        assertThat(moved(before, after, "IMPROVED_SDQ_TOTAL", "denominator")).isEqualTo(2);
        assertThat(moved(before, after, "IMPROVED_SDQ_TOTAL", "numerator")).isEqualTo(1);
    }

    @Test
    void oneMatterCountsOnceWithTheParentsPairBeforeTheTeachersAndOnlyTheSameInformantIsCompared() {
        var before = todayForAll();
        var opened = CaseFlow.reported(port, 12, "Cesar", "CONCERN_REPORT");
        // The teacher saw a large drop, the parent none; the parent's pair is the one counted.
        sdq(opened, "TEACHER", "START", today.minusMonths(4), 20);
        sdq(opened, "TEACHER", "END", today, 8);
        sdq(opened, "PARENT", "START", today.minusMonths(4), 14);
        sdq(opened, "PARENT", "END", today, 14);
        // A self-report at the end only has nothing to be compared with.
        sdq(opened, "SELF", "END", today, 2);

        var after = todayForAll();

        assertThat(moved(before, after, "IMPROVED_SDQ_TOTAL", "denominator")).isEqualTo(1);
        assertThat(moved(before, after, "IMPROVED_SDQ_TOTAL", "numerator")).isZero();
    }

    private void school(CaseFlow.Opened opened, String timePoint, String attendance, int assessed, int passed) {
        var response = Api.as(port, "mottagning").post("/api/v1/matters/" + opened.matterId() + "/school-outcomes",
                Api.json("{'timePoint': '%s', 'term': 'HT2026', 'attendancePercent': %s, 'resultKind': 'IUP', "
                        + "'subjectsAssessed': %d, 'subjectsPassed': %d}", timePoint, attendance, assessed, passed));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private CaseFlow.Opened withConsent(int age, String name) {
        var opened = CaseFlow.reported(port, age, name, "CONCERN_REPORT");
        Consenting.toSchoolOutcomes(port, opened.matterId());
        return opened;
    }

    @Test
    void attendanceImprovesByFivePointsAndResultsByALargerShareOfSubjectsPassed() {
        var before = todayForAll();
        // Attendance +5.0 points (improved); results 5 of 8 to 7 of 10 (62.5 % to 70 %: improved).
        var first = withConsent(11, "Dagny");
        school(first, "START", "80.0", 8, 5);
        school(first, "END", "85.0", 10, 7);
        // Attendance +4.9 points (not improved); results 6 of 8 to 9 of 12 (75 % both: not improved).
        var second = withConsent(12, "Edvin");
        school(second, "START", "80.0", 8, 6);
        school(second, "END", "84.9", 12, 9);
        // Only a start: nothing to compare yet.
        var third = withConsent(13, "Frida");
        school(third, "START", "60.0", 8, 2);

        var after = todayForAll();

        assertThat(moved(before, after, "IMPROVED_ATTENDANCE", "denominator")).isEqualTo(2);
        assertThat(moved(before, after, "IMPROVED_ATTENDANCE", "numerator")).isEqualTo(1);
        assertThat(moved(before, after, "IMPROVED_RESULTS", "denominator")).isEqualTo(2);
        assertThat(moved(before, after, "IMPROVED_RESULTS", "numerator")).isEqualTo(1);
    }

    @Test
    void coordinatedSupportIsExperiencedWhenTheAnswersAverageFourOrMore() {
        var before = todayForAll();
        var opened = CaseFlow.reported(port, 14, "Gösta", "CONCERN_REPORT");
        String base = "/api/v1/matters/" + opened.matterId() + "/coordinated-support-answers";
        Api intake = Api.as(port, "mottagning");
        // Mean 4.0 of four answers: experienced as coordinated.
        assertThat(intake.post(base, Api.json("{'respondent': 'CHILD', 'answeredOn': '%s', "
                + "'answers': [4, 5, 3, null, 4]}", today)).status()).isEqualTo(201);
        // Mean 3.8: not.
        assertThat(intake.post(base, Api.json("{'respondent': 'GUARDIAN', 'answeredOn': '%s', "
                + "'answers': [4, 4, 4, 4, 3]}", today)).status()).isEqualTo(201);
        // Two answers only: too few to count.
        assertThat(intake.post(base, Api.json("{'respondent': 'GUARDIAN', 'answeredOn': '%s', "
                + "'answers': [5, null, null, null, 5]}", today)).status()).isEqualTo(201);

        var after = todayForAll();

        assertThat(moved(before, after, "EXPERIENCED_COORDINATED_SUPPORT", "denominator")).isEqualTo(2);
        assertThat(moved(before, after, "EXPERIENCED_COORDINATED_SUPPORT", "numerator")).isEqualTo(1);
    }
}
