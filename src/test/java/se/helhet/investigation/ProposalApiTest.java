package se.helhet.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.HelhetTest;
import se.helhet.support.StaffIds;

/** The investigator proposes the decision, the one with delegation decides on it. */
@HelhetTest
class ProposalApiTest {

    /** Helhet's clock runs in Swedish time: "today" is the Swedish date. */
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @LocalServerPort
    int port;

    /** An investigation with {@code socsek} as its investigator, communicated to the family. */
    private String investigatedBySocsek(CaseFlow.Opened opened) {
        var investigation = CaseFlow.investigation(port, opened.matterId());
        String id = investigation.get("id").asString();
        Api chef = Api.as(port, "chef");
        assertThat(chef.post("/api/v1/investigations/" + id + "/investigator", Api.json(
                "{'investigatorId': '%s', 'version': %d}", StaffIds.of(port, "socsek"),
                investigation.get("version").asInt())).status()).isEqualTo(200);
        assertThat(chef.post("/api/v1/investigations/" + id + "/communication", Api.json(
                "{'givenOn': '%s', 'version': %d}", LocalDate.now(SWEDEN),
                investigation.get("version").asInt() + 1)).status()).isEqualTo(200);
        return id;
    }

    private Api.Response propose(String user, String investigation, String body) {
        return Api.as(port, user).put("/api/v1/investigations/" + investigation + "/proposal", Api.json(body));
    }

    private Api.Response submit(String user, String investigation, int version) {
        return Api.as(port, user).post("/api/v1/investigations/" + investigation + "/proposal/submission",
                Api.json("{'version': %d}", version));
    }

    @Test
    void theManagerDecidesOnTheInvestigatorsSubmittedProposalAndTheDecisionSaysWhose() {
        var opened = CaseFlow.investigated(port, 9, "Alva", "ORANGE");
        String investigation = investigatedBySocsek(opened);

        var first = propose("socsek", investigation, "{'outcome': 'GRANTED', 'reasons': 'Behöver stöd.'}");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("submitted").asBoolean()).isFalse();
        var second = propose("socsek", investigation, "{'outcome': 'GRANTED', 'interventionCode': 'FAMILY_TREATMENT',"
                + " 'reasons': 'Alva och mamman behöver stöd hemma.', 'version': 0}");
        assertThat(second.json().get("version").asInt()).isEqualTo(1);
        var submitted = submit("socsek", investigation, 1);
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.json().get("submitted").asBoolean()).isTrue();

        var team = Api.as(port, "chef").get("/api/v1/worklists/team").json();
        assertThat(team.get("proposals").findValuesAsString("matterId")).contains(opened.matterId());
        assertThat(Api.as(port, "chef").get("/api/v1/investigations/" + investigation + "/proposal").json()
                .get("reasons").asString()).isEqualTo("Alva och mamman behöver stöd hemma.");

        var decided = Api.as(port, "chef").post("/api/v1/investigations/" + investigation + "/decision", Api.json(
                "{'outcome': 'GRANTED', 'interventionCode': 'FAMILY_TREATMENT', 'reasons': 'Alva och mamman behöver"
                        + " stöd hemma, varje vecka.'}"));
        assertThat(decided.status()).isEqualTo(201);
        assertThat(decided.json().get("proposedBy").asString()).isEqualTo(first.json().get("proposedBy").asString())
                .isNotBlank();
        assertThat(decided.json().get("reasons").asString()).endsWith("varje vecka.");
        assertThat(Api.as(port, "chef").get("/api/v1/worklists/team").json().get("proposals")
                .findValuesAsString("matterId")).doesNotContain(opened.matterId());
    }

    @Test
    void anIncompleteProposalIsRefusedNamingEveryMissingPartAtOnce() {
        String investigation = investigatedBySocsek(CaseFlow.investigated(port, 10, "Bo", "ORANGE"));
        assertThat(propose("socsek", investigation, "{'reasons': '  '}").status()).isEqualTo(200);

        var refused = submit("socsek", investigation, 0);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("outcome", "interventionCode", "reasons");
        var unknown = propose("socsek", investigation, "{'outcome': 'MAYBE', 'interventionCode': 'PONY',"
                + " 'version': 0}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("outcome", "interventionCode");
    }

    @Test
    void aStaleVersionOrAStepTheProposalHasPassedIsAConflict() {
        String investigation = investigatedBySocsek(CaseFlow.investigated(port, 11, "Cleo", "ORANGE"));
        propose("socsek", investigation, "{'outcome': 'NO_INTERVENTION', 'reasons': 'Inget behov.'}");

        assertThat(propose("socsek", investigation, "{'outcome': 'NO_INTERVENTION', 'version': 7}").status())
                .isEqualTo(409);
        assertThat(submit("socsek", investigation, 7).status()).isEqualTo(409);
        assertThat(submit("socsek", investigation, 0).status()).isEqualTo(200);
        var again = submit("socsek", investigation, 1);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(propose("socsek", investigation, "{'outcome': 'GRANTED', 'version': 1}").status()).isEqualTo(409);
    }

    @Test
    void onlyTheInvestigatorProposesAndOnlyWhoHasDelegationDecides() {
        String investigation = investigatedBySocsek(CaseFlow.investigated(port, 12, "Dan", "ORANGE"));

        var otherUnit = propose("vuxen", investigation, "{'outcome': 'NO_INTERVENTION', 'reasons': 'Inget.'}");
        assertThat(otherUnit.status()).isEqualTo(403);
        assertThat(otherUnit.contentType()).startsWith("application/problem+json");
        assertThat(Api.as(port, "vuxen").get("/api/v1/investigations/" + investigation + "/proposal").status())
                .isEqualTo(403);
        assertThat(propose("chef", investigation, "{'outcome': 'NO_INTERVENTION', 'reasons': 'Inget.'}").status())
                .isEqualTo(403);

        propose("socsek", investigation, "{'outcome': 'NO_INTERVENTION', 'reasons': 'Inget behov av insats.'}");
        submit("socsek", investigation, 0);
        var selfDecided = Api.as(port, "socsek").post("/api/v1/investigations/" + investigation + "/decision",
                Api.json("{'outcome': 'NO_INTERVENTION', 'reasons': 'Inget behov av insats.'}"));
        assertThat(selfDecided.status()).isEqualTo(403);
    }
}
