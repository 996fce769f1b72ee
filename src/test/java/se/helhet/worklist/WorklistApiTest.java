package se.helhet.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.HelhetTest;
import se.helhet.support.StaffIds;
import tools.jackson.databind.JsonNode;

@HelhetTest
class WorklistApiTest {

    @LocalServerPort
    int port;

    private static JsonNode find(JsonNode list, String matterId) {
        for (JsonNode item : list) {
            if (item.get("matterId").asString().equals(matterId)) {
                return item;
            }
        }
        return null;
    }

    @Test
    void myMattersShowTheLegalLimitAndThePilotGoalSideBySide() {
        var opened = CaseFlow.investigated(port, 10, "Tove", "ORANGE");
        var investigation = CaseFlow.investigation(port, opened.matterId());
        Api.as(port, "chef").post("/api/v1/investigations/" + investigation.get("id").asString() + "/investigator",
                Api.json("{'investigatorId': '%s', 'version': %d}", StaffIds.of(port, "socsek"),
                        investigation.get("version").asInt()));

        var mine = find(Api.as(port, "socsek").get("/api/v1/worklists/mine").json(), opened.matterId());

        assertThat(mine).isNotNull();
        assertThat(mine.get("step").asString()).isEqualTo("Utredning");
        assertThat(find(Api.as(port, "socsek").inLanguage("en").get("/api/v1/worklists/mine").json(),
                opened.matterId()).get("step").asString()).isEqualTo("Investigation");
        assertThat(mine.get("level").asString()).isEqualTo("ORANGE");
        assertThat(mine.get("legal").get("due").asString()).isEqualTo(LocalDate.now().plusMonths(4).toString());
        assertThat(mine.get("goal").get("due").asString()).isEqualTo(LocalDate.now().plusDays(14).toString());
        assertThat(mine.get("goal").get("status").asString()).isEqualTo("dag 0 av 14, 14 dagar kvar");
        assertThat(mine.get("legal").get("reminderDate").asString()).isNotBlank();
    }

    @Test
    void managerSeesInvestigationsWithNobodyResponsibleButNotWhatIntakeStillHolds() {
        var investigated = CaseFlow.investigated(port, 6, "Ulla", "RED");
        var inIntake = CaseFlow.reported(port, 7, "Ulf", "CONCERN_REPORT");

        var team = Api.as(port, "chef").get("/api/v1/worklists/team");

        assertThat(team.status()).isEqualTo(200);
        var unassigned = find(team.json().get("unassigned"), investigated.matterId());
        assertThat(unassigned).isNotNull();
        assertThat(unassigned.get("step").asString()).isEqualTo("Utredning");
        assertThat(find(team.json().get("unassigned"), inIntake.matterId())).isNull();
        assertThat(team.json().get("members").findValuesAsString("name")).isNotEmpty();
    }

    @Test
    void onlyManagersHaveTheTeamView() {
        assertThat(Api.as(port, "socsek").get("/api/v1/worklists/team").status()).isEqualTo(403);
    }
}
