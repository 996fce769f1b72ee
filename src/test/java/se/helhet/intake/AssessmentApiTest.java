package se.helhet.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.Children;
import se.helhet.support.HelhetTest;

@HelhetTest
class AssessmentApiTest {

    @LocalServerPort
    int port;

    private Api api() {
        return Api.as(port, "mottagning");
    }

    private String[] report(String kind, String child) {
        var json = api().post("/api/v1/reports", Api.json("""
                {'kind': '%s', 'reporterCategory': 'SCHOOL', 'reporterName': 'Kim', 'childIds': ['%s'],
                 'concernReasons': ['NEGLECT'], 'description': 'Oro för barnet.'}""", kind, child)).json();
        return new String[] {json.get("id").asString(), json.get("children").get(0).get("matterId").asString()};
    }

    private Api.Response protection(String report, String child) {
        return api().post("/api/v1/reports/" + report + "/children/" + child + "/protection-assessment",
                Api.json("{'immediateProtectionNeeded': false, 'reasoning': 'Inget akut skyddsbehov.'}"));
    }

    private Api.Response preliminary(String report, String child, String body) {
        return api().post("/api/v1/reports/" + report + "/children/" + child + "/preliminary-assessment", body);
    }

    @Test
    void orangeInvestigationIsOpenedWithTheLegalLimitAndShownInTheTimeline() {
        String child = Children.aChild(port, 10, "Vera");
        String[] ids = report("CONCERN_REPORT", child);
        assertThat(protection(ids[0], child).status()).isEqualTo(201);

        var decided = preliminary(ids[0], child, Api.json(
                "{'outcome': 'OPEN_INVESTIGATION', 'level': 'ORANGE', 'reasoning': 'Behov av kort utredning.'}"));

        assertThat(decided.status()).isEqualTo(201);
        assertThat(decided.json().get("decidedOn").asString()).isEqualTo(LocalDate.now().toString());
        var matter = api().get("/api/v1/matters/" + ids[1]).json();
        assertThat(matter.get("level").asString()).isEqualTo("ORANGE");
        var timeline = api().get("/api/v1/matters/" + ids[1] + "/timeline").json();
        assertThat(timeline.findValuesAsString("kind"))
                .containsExactly("REPORT", "PROTECTION", "PRELIMINARY", "LEVEL", "INVESTIGATION");
        assertThat(timeline.findValuesAsString("text")).anyMatch(t -> t.contains("Utredning inledd, nivå orange")
                && t.contains(LocalDate.now().plusMonths(4).toString()));
        var filtered = api().get("/api/v1/matters/" + ids[1] + "/timeline?kind=REPORT,LEVEL").json();
        assertThat(filtered.findValuesAsString("kind")).containsExactly("REPORT", "LEVEL");
        var english = api().inLanguage("en").get("/api/v1/matters/" + ids[1] + "/timeline").json();
        assertThat(english.findValuesAsString("text")).contains("Concern report from school",
                "Protection assessment: no need of immediate protection",
                "Investigation opened, level orange. Legal due date " + LocalDate.now().plusMonths(4));
    }

    @Test
    void preliminaryAssessmentWaitsForTheProtectionAssessment() {
        String child = Children.aChild(port, 6, "Otto");
        String[] ids = report("CONCERN_REPORT", child);

        var early = preliminary(ids[0], child, Api.json("{'outcome': 'NO_INVESTIGATION', 'reasoning': 'x'}"));

        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().get("errors").get(0).get("message").asString()).contains("skyddsbedömningen först");
        var english = api().inLanguage("en").post("/api/v1/reports/" + ids[0] + "/children/" + child
                + "/preliminary-assessment", Api.json("{'outcome': 'NO_INVESTIGATION', 'reasoning': 'x'}"));
        assertThat(english.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Make the protection assessment first");
    }

    @Test
    void applicationGoesStraightToInvestigationAndGetsNoPreliminaryAssessment() {
        String child = Children.aChild(port, 15, "Liam");
        String[] ids = report("APPLICATION", child);
        protection(ids[0], child);

        var refused = preliminary(ids[0], child, Api.json("{'outcome': 'NO_INVESTIGATION', 'reasoning': 'x'}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("ansökan utreds direkt");
        assertThat(api().get("/api/v1/matters/" + ids[1] + "/timeline").json().findValuesAsString("kind"))
                .contains("INVESTIGATION");
    }

    @Test
    void eachOutcomeDemandsWhatTheRoutineSays() {
        String child = Children.aChild(port, 12, "Ines");
        String[] ids = report("CONCERN_REPORT", child);
        protection(ids[0], child);

        assertThat(fieldOf(preliminary(ids[0], child, Api.json("{'outcome': 'OPEN_INVESTIGATION', 'reasoning': 'x'}"))))
                .isEqualTo("level");
        assertThat(fieldOf(preliminary(ids[0], child,
                Api.json("{'outcome': 'NO_INVESTIGATION', 'level': 'RED', 'reasoning': 'x'}")))).isEqualTo("level");
        assertThat(fieldOf(preliminary(ids[0], child, Api.json("{'outcome': 'TRANSFER', 'reasoning': 'x'}"))))
                .isEqualTo("transferredTo");
        assertThat(fieldOf(preliminary(ids[0], child, Api.json("{'outcome': 'MAYBE', 'reasoning': 'x'}"))))
                .isEqualTo("outcome");
        assertThat(fieldOf(preliminary(ids[0], child,
                Api.json("{'outcome': 'NO_INVESTIGATION', 'decidedOn': '2099-01-01', 'reasoning': 'x'}"))))
                .isEqualTo("decidedOn");
    }

    @Test
    void protectionAssessmentIsMadeOnceAndNeedsReasoning() {
        String child = Children.aChild(port, 4, "Maja");
        String[] ids = report("CONCERN_REPORT", child);

        var missing = api().post("/api/v1/reports/" + ids[0] + "/children/" + child + "/protection-assessment",
                Api.json("{'reasoning': ' '}"));
        assertThat(missing.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("immediateProtectionNeeded", "reasoning");
        assertThat(protection(ids[0], child).status()).isEqualTo(201);
        assertThat(protection(ids[0], child).status()).isEqualTo(409);
    }

    @Test
    void transferClosesTheMatter() {
        String child = Children.aChild(port, 9, "Ebbe");
        String[] ids = report("CONCERN_REPORT", child);
        protection(ids[0], child);

        preliminary(ids[0], child, Api.json(
                "{'outcome': 'TRANSFER', 'transferredTo': 'Sjöstads kommun', 'reasoning': 'Familjen har flyttat.'}"));

        assertThat(api().get("/api/v1/matters/" + ids[1]).json().get("closedOn").asString())
                .isEqualTo(LocalDate.now().toString());
    }

    @Test
    void othersThanTheReporterAndTheFamilyAreContactedOnlyWithConsent() {
        String child = Children.aChild(port, 9, "Sixten");
        String[] ids = report("CONCERN_REPORT", child);
        String path = "/api/v1/reports/" + ids[0] + "/children/" + child + "/contacts";

        var refused = api().post(path, Api.json("{'contactedOn': '%s', 'party': 'OTHER', 'otherParty': 'Skolans kurator',"
                + " 'note': 'Frågade om närvaron.'}", LocalDate.now()));
        assertThat(fieldOf(refused)).isEqualTo("consentNoted");

        assertThat(api().post(path, Api.json("{'contactedOn': '%s', 'party': 'REPORTER', 'note': 'Kompletterade.'}",
                LocalDate.now())).status()).isEqualTo(201);
        assertThat(api().post(path, Api.json("{'contactedOn': '%s', 'party': 'OTHER', 'otherParty': 'Skolans kurator',"
                + " 'consentNoted': true, 'note': 'Samtycke i telefon.'}", LocalDate.now())).status()).isEqualTo(201);
        assertThat(api().get(path).json().findValuesAsString("party")).containsExactly("REPORTER", "OTHER");
    }

    private static String fieldOf(Api.Response response) {
        assertThat(response.status()).isEqualTo(400);
        return response.json().get("errors").get(0).get("field").asString();
    }
}
