package se.helhet.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;
import tools.jackson.databind.JsonNode;

/** A level changed on the matter page reaches the running investigation: its level, its goal and its rules. */
@HelhetTest
class LevelChangeTest {

    @LocalServerPort
    int port;

    private int matterVersion(String matterId) {
        return Api.as(port, "chef").get("/api/v1/matters/" + matterId).json().get("version").asInt();
    }

    @Test
    void aLevelRaisedOnTheMatterPageReachesTheRunningInvestigation() {
        var opened = CaseFlow.investigated(port, 10, "Lova", "ORANGE");
        WebSession chef = WebSession.loggedInAs(port, "chef");
        assertThat(chef.get("/arenden/" + opened.matterId()).body()).contains("Ändra nivå");

        var raised = chef.post("/arenden/" + opened.matterId() + "/niva", Map.of("level", "RED",
                "reason", "Nya uppgifter om våld i hemmet", "version", matterVersion(opened.matterId())));

        assertThat(raised.status()).as(raised.body()).isEqualTo(302);
        JsonNode investigation = CaseFlow.investigation(port, opened.matterId());
        assertThat(investigation.get("level").asString()).isEqualTo("RED");
        assertThat(investigation.get("levelWhenOpened").asString()).isEqualTo("ORANGE");
        LocalDate openedOn = LocalDate.parse(investigation.get("openedOn").asString());
        assertThat(investigation.get("pilotGoal").asString()).isEqualTo(openedOn.plusDays(60).toString());
        assertThat(Api.as(port, "chef").get("/api/v1/matters/" + opened.matterId() + "/timeline?kind=LEVEL").body())
                .contains("Nivå röd: Nya uppgifter om våld i hemmet");
        assertThat(Api.as(port, "chef").inLanguage("en")
                .get("/api/v1/matters/" + opened.matterId() + "/timeline?kind=LEVEL,INVESTIGATION").body())
                .contains("Level red: Nya uppgifter om våld i hemmet", "Investigation opened, level red");

        // From now the red level's rule holds: all three sides of the triangle before a decision.
        String path = "/api/v1/investigations/" + investigation.get("id").asString();
        Api.as(port, "chef").post(path + "/communication", Api.json(
                "{'givenOn': '%s', 'comments': 'Inga synpunkter.', 'version': %d}", LocalDate.now(),
                investigation.get("version").asInt()));
        var decided = Api.as(port, "chef").post(path + "/decision", Api.json(
                "{'outcome': 'NO_INTERVENTION', 'reasons': 'Föräldrarna tar emot stöd.'}"));
        assertThat(decided.status()).isEqualTo(400);
        assertThat(decided.body()).contains("alla tre sidor");
    }

    @Test
    void aLevelChangeWithoutAReasonShowsTheFormAgainWithWhatWasChosen() {
        var opened = CaseFlow.investigated(port, 8, "Ines", "ORANGE");
        WebSession chef = WebSession.loggedInAs(port, "chef");
        chef.get("/arenden/" + opened.matterId());

        var refused = chef.post("/arenden/" + opened.matterId() + "/niva",
                Map.of("level", "RED", "reason", " ", "version", matterVersion(opened.matterId())));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Ange varför nivån ändras")
                .containsPattern("value=\"RED\"[^>]*checked");
        assertThat(CaseFlow.investigation(port, opened.matterId()).get("level").asString()).isEqualTo("ORANGE");
        chef.get("/arenden/" + opened.matterId());
        var stale = chef.post("/arenden/" + opened.matterId() + "/niva",
                Map.of("level", "RED", "reason", "Skäl", "version", matterVersion(opened.matterId()) - 1));
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("field--error");
        assertThat(CaseFlow.investigation(port, opened.matterId()).get("level").asString()).isEqualTo("ORANGE");
    }

    @Test
    void aMatterLoweredToGreenKeepsItsInvestigationsLevelAndTheApiTakesTheSameRules() {
        var opened = CaseFlow.investigated(port, 13, "Alve", "RED");
        var lowered = Api.as(port, "chef").post("/api/v1/matters/" + opened.matterId() + "/level", Api.json(
                "{'level': 'GREEN', 'reason': 'Familjen har fått stöd', 'version': %d}", matterVersion(opened.matterId())));
        assertThat(lowered.status()).isEqualTo(204);
        assertThat(CaseFlow.investigation(port, opened.matterId()).get("level").asString()).isEqualTo("RED");

        var both = Api.as(port, "chef").post("/api/v1/matters/" + opened.matterId() + "/level",
                Api.json("{'level': null, 'reason': ''}"));
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().get("errors").findValuesAsString("field")).contains("level", "reason", "version");
    }
}
