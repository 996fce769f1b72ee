package se.helhet.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;

@HelhetTest
class InterventionAccessApiTest {

    @LocalServerPort
    int port;

    @Test
    void anotherUnitsSocialWorkerNeitherSeesNorChangesTheMatter() {
        var flow = new InterventionFlow(port);
        String matter = flow.matter("ORANGE", "Lova");
        var offered = flow.offered(matter, null);
        Api adultUnit = Api.as(port, "vuxen");

        assertThat(adultUnit.get("/api/v1/matters/" + matter + "/interventions").status()).isEqualTo(403);
        assertThat(adultUnit.get("/api/v1/interventions/" + offered.get("id").asString()).status()).isEqualTo(403);
        assertThat(adultUnit.post("/api/v1/matters/" + matter + "/interventions", Api.json(
                "{'code': 'PARENTING_PROGRAMME', 'providerKind': 'INTERNAL', 'providerName': 'X', 'goals': 'Y'}"))
                .status()).isEqualTo(403);
        assertThat(adultUnit.post("/api/v1/interventions/" + offered.get("id").asString() + "/accept",
                Api.json("{'version': 0}")).status()).isEqualTo(403);
        assertThat(Api.as(port, "mottagning").get("/api/v1/interventions/" + offered.get("id").asString()).json()
                .get("state").asString()).isEqualTo("OFFERED");
    }

    @Test
    void catalogueListsEachInterventionWithItsLevelsAndWhetherItNeedsADecision() {
        var catalogue = Api.as(port, "socsek").get("/api/v1/intervention-catalogue");

        assertThat(catalogue.status()).isEqualTo(200);
        assertThat(catalogue.json().findValuesAsString("code")).hasSize(13)
                .contains("FAMILY_TREATMENT", "CONTACT_PERSON", "CONTACT_FAMILY", "PARENTING_PROGRAMME",
                        "FOSTER_HOME", "EMERGENCY_FOSTER_HOME", "RESIDENTIAL_CARE");
        var parenting = catalogue.json().get(0);
        assertThat(parenting.get("name").asString()).isEqualTo("Föräldraprogram (föräldraskapsstöd)");
        assertThat(parenting.get("levels").toString()).isEqualTo("[\"BLUE\",\"GREEN\"]");
        assertThat(parenting.get("needsAssessment").asBoolean()).isFalse();
        for (var entry : catalogue.json()) {
            if (entry.get("code").asString().endsWith("HOME") || entry.get("code").asString().equals("RESIDENTIAL_CARE")) {
                assertThat(entry.get("levels").toString()).isEqualTo("[\"RED\"]");
                assertThat(entry.get("needsAssessment").asBoolean()).isTrue();
            }
        }
    }
}
