package se.helhet.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.HelhetTest;

@HelhetTest
class DecisionApiTest {

    @LocalServerPort
    int port;

    private String communicated(CaseFlow.Opened opened) {
        var investigation = CaseFlow.investigation(port, opened.matterId());
        String id = investigation.get("id").asString();
        var done = Api.as(port, "mottagning").post("/api/v1/investigations/" + id + "/communication", Api.json(
                "{'givenOn': '%s', 'comments': 'Inga synpunkter.', 'version': %d}", LocalDate.now(),
                investigation.get("version").asInt()));
        assertThat(done.status()).isEqualTo(200);
        return id;
    }

    private Api.Response decide(String user, String investigation, String outcome, String code) {
        return Api.as(port, user).post("/api/v1/investigations/" + investigation + "/decision", Api.json(
                "{'outcome': '%s', 'interventionCode': %s, 'reasons': 'Utredningen visar ett behov av stöd.'}",
                outcome, code == null ? "null" : "'" + code + "'"));
    }

    @Test
    void decisionByAUserWithoutDelegationIsRefused() {
        String investigation = communicated(CaseFlow.investigated(port, 10, "Leo", "ORANGE"));

        var response = decide("mottagning", investigation, "GRANTED", "FAMILY_TREATMENT");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theFamilyIsHeardBeforeTheDecision() {
        var opened = CaseFlow.investigated(port, 11, "Mira", "ORANGE");
        String investigation = CaseFlow.investigation(port, opened.matterId()).get("id").asString();

        var response = decide("chef", investigation, "GRANTED", "FAMILY_TREATMENT");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("kommunicering");
    }

    @Test
    void grantedDecisionClosesTheInvestigationKeepsTheMatterOpenAndHasNoAppealText() {
        var opened = CaseFlow.investigated(port, 8, "Nils", "ORANGE");
        String investigation = communicated(opened);

        var decided = decide("chef", investigation, "GRANTED", "FAMILY_TREATMENT");

        assertThat(decided.status()).isEqualTo(201);
        assertThat(decided.json().get("appealable").asBoolean()).isFalse();
        assertThat(decided.json().get("letter").asString()).contains("Nils får").doesNotContain("överklaga");
        assertThat(CaseFlow.investigation(port, opened.matterId()).get("closedOn").asString())
                .isEqualTo(LocalDate.now().toString());
        assertThat(Api.as(port, "chef").get("/api/v1/matters/" + opened.matterId()).json().get("closedOn").isNull())
                .isTrue();
        assertThat(Api.as(port, "chef").get(decided.location()).json().get("outcome").asString()).isEqualTo("GRANTED");
    }

    private void describe(String investigation, String... areas) {
        for (String area : areas) {
            assertThat(Api.as(port, "chef").put("/api/v1/investigations/" + investigation + "/areas/" + area,
                    Api.json("{'description': 'Beskrivet.', 'childView': 'Barnets ord.', 'needs': 'Behov.'}"))
                    .status()).isEqualTo(200);
        }
    }

    @Test
    void fullInvestigationDescribesAllThreeSidesBeforeTheDecision() {
        var opened = CaseFlow.investigated(port, 12, "Rut", "RED");
        String investigation = communicated(opened);
        describe(investigation, "EDUCATION", "BASIC_CARE");

        var early = decide("chef", investigation, "NO_INTERVENTION", null);
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().get("errors").get(0).get("message").asString()).contains("alla tre sidor");

        describe(investigation, "HOUSING");
        assertThat(decide("chef", investigation, "NO_INTERVENTION", null).status()).isEqualTo(201);
    }

    @Test
    void anAreaChangedByTwoPeopleIsAConflict() {
        var opened = CaseFlow.investigated(port, 15, "Sam", "RED");
        String investigation = CaseFlow.investigation(port, opened.matterId()).get("id").asString();
        describe(investigation, "HEALTH");
        String path = "/api/v1/investigations/" + investigation + "/areas/HEALTH";

        assertThat(Api.as(port, "chef").put(path, Api.json("{'description': 'Nytt', 'version': 0}")).status())
                .isEqualTo(200);
        assertThat(Api.as(port, "mottagning").put(path, Api.json("{'description': 'Annat', 'version': 0}")).status())
                .isEqualTo(409);
        assertThat(Api.as(port, "chef").put(path.replace("HEALTH", "ASTROLOGY"), "{}").status()).isEqualTo(400);
    }

    @Test
    void writingAnAreaAlreadyWrittenWithoutTheVersionReadNamesTheVersion() {
        var opened = CaseFlow.investigated(port, 15, "Tove", "RED");
        String investigation = CaseFlow.investigation(port, opened.matterId()).get("id").asString();
        describe(investigation, "HEALTH");

        var refused = Api.as(port, "chef").put("/api/v1/investigations/" + investigation + "/areas/HEALTH",
                Api.json("{'description': 'Utan version'}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("version");
    }

    @Test
    void refusalCarriesAppealInstructionsInPlainSwedishAndClosesTheMatter() {
        var opened = CaseFlow.investigated(port, 13, "Olle", "RED");
        String investigation = communicated(opened);
        describe(investigation, "EDUCATION", "BASIC_CARE", "HOUSING");

        var decided = decide("chef", investigation, "NOT_GRANTED", "CONTACT_PERSON");

        assertThat(decided.json().get("appealable").asBoolean()).isTrue();
        assertThat(decided.json().get("letter").asString())
                .contains("Olle inte får", "överklaga", "förvaltningsrätten", "tre veckor");
        assertThat(Api.as(port, "chef").get("/api/v1/matters/" + opened.matterId()).json().get("closedOn").asString())
                .isEqualTo(LocalDate.now().toString());
        assertThat(decide("chef", investigation, "NO_INTERVENTION", null).status()).isEqualTo(409);
    }

    @Test
    void decisionNamesTheInterventionWhenOneIsDecided() {
        String investigation = communicated(CaseFlow.investigated(port, 14, "Pia", "ORANGE"));

        var response = decide("chef", investigation, "GRANTED", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("interventionCode");
    }
}
