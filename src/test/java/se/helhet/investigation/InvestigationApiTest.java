package se.helhet.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.HelhetTest;
import se.helhet.support.StaffIds;

@HelhetTest
class InvestigationApiTest {

    @LocalServerPort
    int port;

    private String socsekId() {
        return StaffIds.of(port, "socsek");
    }

    @Test
    void managerAssignsTheInvestigatorWhoThenWorksInTheMatter() {
        var opened = CaseFlow.investigated(port, 9, "Hugo", "ORANGE");
        var investigation = CaseFlow.investigation(port, opened.matterId());
        assertThat(Api.as(port, "socsek").get("/api/v1/matters/" + opened.matterId()).status()).isEqualTo(403);

        var assigned = Api.as(port, "chef").post("/api/v1/investigations/" + investigation.get("id").asString()
                + "/investigator", Api.json("{'investigatorId': '%s', 'version': %d}", socsekId(),
                investigation.get("version").asInt()));

        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.json().get("investigatorId").asString()).isEqualTo(socsekId());
        var matter = Api.as(port, "socsek").get("/api/v1/matters/" + opened.matterId());
        assertThat(matter.status()).isEqualTo(200);
        assertThat(matter.json().get("responsibleWorkerId").asString()).isEqualTo(socsekId());
        assertThat(assigned.json().get("legalDue").asString()).isEqualTo(LocalDate.now().plusMonths(4).toString());
        assertThat(assigned.json().get("pilotGoal").asString()).isEqualTo(LocalDate.now().plusDays(14).toString());
        assertThat(assigned.json().get("pilotStatus").asString()).isEqualTo("dag 0 av 14, 14 dagar kvar");
    }

    @Test
    void extensionIsADecisionOfTheManagerWithReasonAndALaterDate() {
        var opened = CaseFlow.investigated(port, 12, "Ivar", "RED");
        var investigation = CaseFlow.investigation(port, opened.matterId());
        String path = "/api/v1/investigations/" + investigation.get("id").asString() + "/extension";
        String later = LocalDate.now().plusMonths(6).toString();
        int version = investigation.get("version").asInt();

        assertThat(Api.as(port, "mottagning").post(path, Api.json(
                "{'newDue': '%s', 'reason': 'BUP', 'version': %d}", later, version)).status()).isEqualTo(403);
        assertThat(Api.as(port, "chef").post(path, Api.json(
                "{'newDue': '%s', 'reason': 'BUP', 'version': %d}", LocalDate.now().plusMonths(1), version))
                .json().get("errors").get(0).get("field").asString()).isEqualTo("newDue");

        var extended = Api.as(port, "chef").post(path, Api.json(
                "{'newDue': '%s', 'reason': 'Utlåtande från BUP dröjer.', 'version': %d}", later, version));

        assertThat(extended.status()).isEqualTo(200);
        assertThat(extended.json().get("legalDue").asString()).isEqualTo(later);
        assertThat(extended.json().get("extensions").get(0).get("reason").asString()).contains("BUP");
    }

    @Test
    void staleUpdateIsAConflictNotASilentOverwrite() {
        var opened = CaseFlow.investigated(port, 7, "Juni", "ORANGE");
        var investigation = CaseFlow.investigation(port, opened.matterId());
        String path = "/api/v1/investigations/" + investigation.get("id").asString() + "/plan";
        int version = investigation.get("version").asInt();

        var first = Api.as(port, "chef").put(path, Api.json("{'plan': 'Samtal med barnet.', 'version': %d}", version));
        var second = Api.as(port, "mottagning").put(path, Api.json("{'plan': 'Annan plan.', 'version': %d}", version));

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("detail").asString()).contains("ändrats av någon annan");
        assertThat(CaseFlow.investigation(port, opened.matterId()).get("plan").asString()).isEqualTo("Samtal med barnet.");
    }

    @Test
    void applicationsInvestigationGetsItsLevelFromTheInvestigator() {
        var opened = CaseFlow.reported(port, 16, "Kai", "APPLICATION");
        var investigation = CaseFlow.investigation(port, opened.matterId());
        assertThat(investigation.get("level").isNull()).isTrue();

        var set = Api.as(port, "chef").post("/api/v1/investigations/" + investigation.get("id").asString() + "/level",
                Api.json("{'level': 'RED', 'version': %d}", investigation.get("version").asInt()));

        assertThat(set.json().get("level").asString()).isEqualTo("RED");
        assertThat(Api.as(port, "chef").get("/api/v1/matters/" + opened.matterId()).json().get("level").asString())
                .isEqualTo("RED");
    }
}
