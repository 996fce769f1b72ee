package se.helhet.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.HelhetTest;

@HelhetTest
class NeedsAssessedAndContinuityApiTest {

    @LocalServerPort
    int port;

    private final LocalDate today = LocalDate.now();

    private InterventionFlow flow() {
        return new InterventionFlow(port);
    }

    @Test
    void needsAssessedInterventionIsOfferedOnlyWithAGrantedDecisionForIt() {
        String matter = flow().matter("ORANGE", "Hanna");
        flow().investigatedBy(matter, "socsek");

        var without = flow().offer(matter, "FAMILY_TREATMENT", "socsek", null, null);
        assertThat(without.status()).isEqualTo(400);
        assertThat(without.json().get("errors").get(0).get("field").asString()).isEqualTo("decisionId");
        assertThat(without.json().get("errors").get(0).get("message").asString()).contains("biståndsbedömd");
        var unknown = flow().offer(matter, "FAMILY_TREATMENT", "socsek", "9b2d7c1a-5e4f-4a8b-b6c3-2f1e0d9c8b7a", null);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("decisionId");

        String decision = flow().granted(matter, "FAMILY_TREATMENT");
        var otherIntervention = flow().offer(matter, "CONTACT_PERSON", "socsek", decision, null);
        assertThat(otherIntervention.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Beslutet gäller en annan insats");

        var offered = flow().offer(matter, "FAMILY_TREATMENT", "socsek", decision, null);
        assertThat(offered.status()).isEqualTo(201);
        assertThat(offered.json().get("decisionId").asString()).isEqualTo(decision);
        assertThat(offered.json().get("decidedOn").asString()).isEqualTo(today.toString());
        var started = flow().step(flow().step(offered.json(), "accept", today.toString(), null).json(), "start",
                today.toString(), null);
        assertThat(started.json().get("waitingDays").asInt()).isZero();
    }

    @Test
    void refusesTheInvestigatorAsResponsibleWorkerAtRedLevel() {
        String matter = flow().matter("RED", "Ivan");
        flow().investigatedBy(matter, "socsek");

        var refused = flow().offer(matter, "SUPPORT_GROUP", "socsek", null, null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("responsibleWorkerId");
        assertThat(refused.json().get("errors").get(0).get("message").asString())
                .startsWith("På röd nivå ger någon annan än utredaren insatsen");
        assertThat(flow().offer(matter, "SUPPORT_GROUP", "lena.falk", null, null).status()).isEqualTo(201);
    }

    @Test
    void refusesTheInvestigatorAtRedLevelAlsoAfterTheDecisionClosedTheInvestigation() {
        String matter = flow().matter("RED", "Jonna");
        flow().investigatedBy(matter, "socsek");
        String decision = flow().granted(matter, "FOSTER_HOME");

        var refused = flow().offer(matter, "FOSTER_HOME", "socsek", decision, null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("responsibleWorkerId");
        assertThat(flow().offer(matter, "FOSTER_HOME", "lena.falk", decision, null).status()).isEqualTo(201);
    }

    @Test
    void allowsTheInvestigatorAsResponsibleWorkerAtOrangeLevel() {
        String matter = flow().matter("ORANGE", "Kalle");
        flow().investigatedBy(matter, "socsek");

        var offered = flow().offer(matter, "SCHOOL_SUPPORT", "socsek", null, null);

        assertThat(offered.status()).isEqualTo(201);
        assertThat(offered.json().get("responsibleWorkerId").asString()).isEqualTo(flow().staffId("socsek"));
        assertThat(offered.json().get("responsibleWorkerName").asString()).isEqualTo("Jonas Ekström");
    }
}
