package se.helhet.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.Consenting;
import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

@HelhetTest
class OutcomePagesTest {

    @LocalServerPort
    int port;

    private final String today = LocalDate.now().toString();

    private static Map<String, String> school(String timePoint, String term, String attendance, String kind,
                                              String assessed, String passed) {
        return Map.of("timePoint", timePoint, "term", term, "attendancePercent", attendance, "resultKind", kind,
                "subjectsAssessed", assessed, "subjectsPassed", passed, "recordedOn", LocalDate.now().toString());
    }

    @Test
    void theTabAsksForConsentFirstThenShowsTheChangeFromStartToEnd() {
        var opened = Outcomes.openMatter(port, 10, "Ester");
        String page = "/arenden/" + opened.matterId() + "/utfall";
        WebSession web = WebSession.loggedInAs(port, "mottagning");

        String empty = web.get(page).body();
        assertThat(empty).contains("Registrera samtycket till skoluppgifter först")
                .contains("Inget samtycke till skoluppgifter gäller för enheten")
                .contains("href=\"/personer/" + opened.childId() + "/samtycken\"")
                .containsPattern("href=\"[^\"]*/utfall\"[^>]*aria-current=\"page\"")
                .doesNotContain("Registrera skoluppgifter");

        String consent = Consenting.toSchoolOutcomes(port, opened.matterId());
        var wrongTerm = web.post(page + "/skola", school("START", "hösten 26", "80,0", "IUP", "8", "4"));
        assertThat(wrongTerm.status()).isEqualTo(200);
        assertThat(wrongTerm.body()).contains("id=\"term-error\"").contains("value=\"hösten 26\"")
                .contains("value=\"80,0\"");
        assertThat(web.post(page + "/skola", school("START", "VT2026", "80,0", "IUP", "8", "4")).status())
                .isEqualTo(302);
        assertThat(web.post(page + "/skola", school("END", "HT2026", "92,5", "IUP", "8", "6")).status())
                .isEqualTo(302);
        Api intake = Api.as(port, "mottagning");
        String administrations = "/api/v1/persons/" + opened.childId() + "/instrument-administrations";
        assertThat(intake.post(administrations, Outcomes.sdq(opened.matterId(), "START", today, 17)).status())
                .isEqualTo(201);
        assertThat(intake.post(administrations, Outcomes.sdq(opened.matterId(), "END", today, 13)).status())
                .isEqualTo(201);

        String shown = web.get(page).body();
        assertThat(shown).containsPattern("href=\"[^\"]*/utfall\"[^>]*aria-current=\"page\"")
                .contains("Ett samtycke till skoluppgifter gäller för enheten")
                .contains("80,0 %").contains("92,5 %").contains("+12,5 procentenheter")
                .contains("6 av 8 ämnen på förväntad nivå (IUP)").contains("(förut 4 av 8)")
                .contains("SDQ om barnet, förälder svarar").contains("−4").contains("förhöjd")
                .contains("Uppföljningen görs en tid efter att ärendet avslutats")
                .doesNotContain("value=\"FOLLOW_UP\"");

        assertThat(intake.post("/api/v1/consents/" + consent + "/withdrawal",
                Api.json("{'reason': 'Vårdnadshavarna ångrade sig.'}")).status()).isEqualTo(200);
        assertThat(web.get(page).body()).contains("Inget samtycke till skoluppgifter gäller för enheten")
                .contains("6 av 8 ämnen").doesNotContain("Registrera skoluppgifter");
    }

    @Test
    void aClosedMattersTabSaysWhenTheFollowUpIsDue() {
        var opened = Outcomes.openMatter(port, 9, "Vide");
        CaseFlow.notInvestigated(port, opened);
        WebSession web = WebSession.loggedInAs(port, "mottagning");
        String page = "/arenden/" + opened.matterId() + "/utfall";
        Consenting.toSchoolOutcomes(port, opened.matterId());
        web.get(page);

        var early = web.post(page + "/skola", school("FOLLOW_UP", "VT2027", "90", "", "", ""));

        assertThat(early.status()).isEqualTo(200);
        assertThat(early.body()).contains("Uppföljningen görs från " + LocalDate.now().plusMonths(6))
                .contains("id=\"timePoint-error\"").contains("tidigast " + LocalDate.now().plusMonths(6))
                .containsPattern("value=\"FOLLOW_UP\"[^>]*selected").contains("value=\"90\"");
    }

    @Test
    void questionnaireAnswersKeepWhatWasChosenOnAnErrorAndAreThenListed() {
        var opened = Outcomes.openMatter(port, 12, "Alfons");
        String page = "/arenden/" + opened.matterId() + "/utfall";
        WebSession web = WebSession.loggedInAs(port, "mottagning");
        assertThat(web.get(page).body()).contains("De vuxna som hjälpte mig pratade med varandra.")
                .contains("Vi visste vem vi skulle vända oss till.");
        Map<String, String> answers = new HashMap<>(Map.of("respondent", "CHILD", "answeredOn", "2999-01-01",
                "a1", "4", "a2", "5", "a3", "", "a4", "3", "a5", "4"));

        var refused = web.post(page + "/samordning", answers);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"child-answeredOn-error\"")
                .containsPattern("id=\"child-a2-5\"[^>]*checked");
        answers.put("answeredOn", today);
        assertThat(web.post(page + "/samordning", answers).status()).isEqualTo(302);

        assertThat(web.get(page).body()).contains("Barnet").contains("4,0");
        assertThat(WebSession.loggedInAs(port, "vuxen").get(page).status()).isEqualTo(403);
    }

    @Test
    void aParentsAuditInTheMatterIsShownWithItsZone() {
        var opened = Outcomes.openMatter(port, 8, "Loke");
        Api intake = Api.as(port, "mottagning");
        var parent = intake.post("/api/v1/persons", Api.json("{'givenName': 'Förälder', 'familyName': 'Testsson', "
                + "'birthDate': '%s'}", LocalDate.now().minusYears(38)));
        assertThat(parent.status()).as(parent.body()).isEqualTo(201);
        assertThat(intake.post("/api/v1/persons/" + parent.json().get("id").asString() + "/relations", Api.json(
                "{'type': 'PARENT', 'relatedPersonId': '%s'}", opened.childId())).status()).isEqualTo(204);
        var audit = intake.post("/api/v1/persons/" + parent.json().get("id").asString() + "/instrument-administrations",
                Api.json("{'instrument': 'AUDIT', 'sex': 'MALE', 'administeredOn': '%s', 'timePoint': 'START', "
                        + "'matterId': '%s', 'responses': [2, 2, 2, 1, 1, 1, 0, 0, 0, 0]}", today, opened.matterId()));
        assertThat(audit.status()).as(audit.body()).isEqualTo(201);

        String shown = WebSession.loggedInAs(port, "mottagning").get("/arenden/" + opened.matterId() + "/utfall").body();

        assertThat(shown).contains("AUDIT, Förälder Testsson").contains("riskbruk").doesNotContain("SDQ om barnet");
    }
}
