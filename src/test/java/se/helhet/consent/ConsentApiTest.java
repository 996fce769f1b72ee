package se.helhet.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.Children;
import se.helhet.support.Consenting;
import se.helhet.support.HelhetTest;

@HelhetTest
class ConsentApiTest {

    @LocalServerPort
    int port;

    private Api intake() {
        return Api.as(port, "mottagning");
    }

    private String intakeUnit() {
        return intake().get("/api/v1/me").json().get("units").get(0).get("id").asString();
    }

    @Test
    void bothRegisteredGuardiansGiveAChildsConsentAndTheMissingOneIsNamedWithEveryOtherProblem() {
        String child = Children.aChild(port, 8, "Ida");
        List<String> guardians = Consenting.guardians(port, child, 2);

        var oneOfTwo = intake().post("/api/v1/consents", Api.json("""
                {'subjectId': '%s', 'givenBy': ['%s'], 'recipients': [{'unitId': '%s'}, {'actorKind': 'SCHOOL'}],
                 'scopes': ['CONTACT', 'GOSSIP'], 'validFrom': '2026-12-01', 'validTo': '2026-11-01',
                 'form': 'SMOKE'}""",
                child, guardians.getFirst(), intakeUnit()));

        assertThat(oneOfTwo.status()).isEqualTo(400);
        assertThat(oneOfTwo.contentType()).contains("application/problem+json");
        assertThat(oneOfTwo.json().get("errors").findValuesAsString("field")).containsExactly("givenBy",
                "recipients[1].actorName", "scopes[1]", "validTo", "form");
        assertThat(oneOfTwo.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Båda vårdnadshavarna ska ge samtycket: Bruno Testförälder saknas");
        var inEnglish = intake().inLanguage("en").post("/api/v1/consents", Api.json("""
                {'subjectId': '%s', 'givenBy': ['%s'], 'recipients': [{'unitId': '%s'}], 'scopes': ['CONTACT'],
                 'form': 'ORAL'}""", child, guardians.getFirst(), intakeUnit()));
        assertThat(inEnglish.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Both guardians must give the consent: Bruno Testförälder is missing");


        var both = intake().post("/api/v1/consents", Api.json("""
                {'subjectId': '%s', 'givenBy': ['%s', '%s'], 'recipients': [{'unitId': '%s'},
                 {'actorKind': 'SCHOOL', 'actorName': 'Ekdalsskolan'}], 'scopes': ['CONTACT', 'SCHOOL_OUTCOMES'],
                 'validTo': '%s', 'form': 'ORAL'}""", child, guardians.get(0), guardians.get(1), intakeUnit(),
                LocalDate.now().plusYears(1)));
        assertThat(both.status()).as(both.body()).isEqualTo(201);
        String id = both.json().get("id").asString();
        assertThat(both.location()).endsWith("/api/v1/consents/" + id);
        var read = intake().get("/api/v1/consents/" + id).json();
        assertThat(read.get("state").asString()).isEqualTo("IN_FORCE");
        assertThat(read.get("validFrom").asString()).isEqualTo(LocalDate.now().toString());
        List<String> givers = new java.util.ArrayList<>();
        read.get("givenBy").forEach(g -> givers.add(g.asString()));
        assertThat(givers).containsExactlyInAnyOrderElementsOf(guardians);
        assertThat(read.get("recipients").get(1).get("actorKind").asString()).isEqualTo("SCHOOL");
        assertThat(read.get("recipients").get(1).get("actorName").asString()).isEqualTo("Ekdalsskolan");
        assertThat(read.get("recipients").get(0).get("unitName").asString()).isEqualTo("Mottagningen");
        assertThat(intake().get("/api/v1/persons/" + child + "/consents").json().findValuesAsString("id"))
                .containsExactly(id);
    }

    @Test
    void theYoungPersonsOwnConsentIsRecordedBesideTheGuardiansFromFifteenAndAnAdultConsentsAlone() {
        String younger = Children.aChild(port, 14, "Leo");
        String older = Children.aChild(port, 16, "Maja");
        String youngerGuardian = Consenting.guardians(port, younger, 1).getFirst();
        String olderGuardian = Consenting.guardians(port, older, 1).getFirst();

        var tooYoung = intake().post("/api/v1/consents", Consenting.consent(younger, List.of(youngerGuardian, younger),
                intakeUnit(), "CONTACT"));
        assertThat(tooYoung.status()).isEqualTo(400);
        assertThat(tooYoung.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Barnets eget samtycke registreras från 15 år");
        assertThat(intake().post("/api/v1/consents", Consenting.consent(older, List.of(olderGuardian, older),
                intakeUnit(), "CONTACT")).status()).isEqualTo(201);
        var withoutGuardian = intake().post("/api/v1/consents", Consenting.consent(older, List.of(older),
                intakeUnit(), "CONTACT"));
        assertThat(withoutGuardian.json().get("errors").get(0).get("field").asString()).isEqualTo("givenBy");

        String noGuardians = Children.aChild(port, 6, "Otto");
        assertThat(intake().post("/api/v1/consents", Consenting.consent(noGuardians, List.of(olderGuardian),
                intakeUnit(), "CONTACT")).json().get("errors").get(0).get("message").asString())
                .contains("registrera vårdnadshavarna först");

        // The older child's guardian is an adult: they consent for themself, nobody for them.
        assertThat(intake().post("/api/v1/consents", Consenting.consent(olderGuardian, List.of(olderGuardian),
                intakeUnit(), "SHARE_MATTER_CONTENT")).status()).isEqualTo(201);
        assertThat(intake().post("/api/v1/consents", Consenting.consent(olderGuardian, List.of(older),
                intakeUnit(), "SHARE_MATTER_CONTENT")).json().get("errors").get(0).get("message").asString())
                .isEqualTo("En vuxen ger samtycke för sig själv: ange bara personen själv");
    }

    @Test
    void aWithdrawalNeedsAReasonTakesEffectAtOnceAlsoOnTheFamilyViewAndIsNotMadeTwice() {
        String child = Children.aChild(port, 10, "Vera");
        var recorded = intake().post("/api/v1/consents", Consenting.consent(child,
                Consenting.guardians(port, child, 2), intakeUnit(), "CONTACT"));
        String id = recorded.json().get("id").asString();
        String path = "/api/v1/consents/" + id;
        String family = "/api/v1/families/" + child;
        var inForce = intake().get(family).json().get("sections").get("consents");
        assertThat(inForce.size()).isEqualTo(1);
        assertThat(inForce.get(0).get("id").asString()).isEqualTo(id);
        assertThat(inForce.get(0).get("subject").get("name").asString()).isEqualTo("Vera Testbarn");

        var refused = intake().post(path + "/withdrawal", Api.json("{'date': '2999-01-01', 'reason': ' '}"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("date", "reason");
        var withdrawn = intake().post(path + "/withdrawal", Api.json("{'date': '%s', 'reason': 'Vill inte längre.'}",
                LocalDate.now().minusDays(2)));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().get("state").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.json().get("withdrawal").get("reason").asString()).isEqualTo("Vill inte längre.");
        assertThat(withdrawn.json().get("withdrawal").get("recordedBy").asString()).isNotBlank();
        assertThat(intake().post(path + "/withdrawal", Api.json("{'reason': 'Igen.'}")).status()).isEqualTo(409);
        assertThat(intake().get(family).json().get("sections").get("consents").isEmpty()).isTrue();
    }

    @Test
    void everyConsentOperationIsInTheOpenApiDocumentWithAnExample() {
        assertThat(Api.anonymous(port).get("/v3/api-docs").body()).contains("/api/v1/consents",
                "/api/v1/consents/{id}", "/api/v1/consents/{id}/withdrawal", "/api/v1/persons/{id}/consents",
                "SHARE_MATTER_CONTENT", "Ekdalsskolan", "The guardians no longer want");
    }

    @Test
    void consentsAreReadAndRecordedOnlyByStaffWhoMayReadThePerson() {
        String child = Children.aChild(port, 9, "Nora");
        List<String> guardians = Consenting.guardians(port, child, 2);
        String id = intake().post("/api/v1/consents", Consenting.consent(child, guardians, intakeUnit(), "CONTACT"))
                .json().get("id").asString();

        for (String user : new String[] {"vuxen", "socsek", "analytiker", "admin"}) {
            Api other = Api.as(port, user);
            assertThat(other.get("/api/v1/consents/" + id).status()).as(user).isEqualTo(403);
            assertThat(other.get("/api/v1/persons/" + child + "/consents").status()).as(user).isEqualTo(403);
            assertThat(other.post("/api/v1/consents", Consenting.consent(child, guardians, intakeUnit(), "CONTACT"))
                    .status()).as(user).isEqualTo(403);
            assertThat(other.post("/api/v1/consents/" + id + "/withdrawal", Api.json("{'reason': 'x'}")).status())
                    .as(user).isEqualTo(403);
        }
        assertThat(Api.as(port, "granskare").get("/api/v1/consents/" + id).status()).isEqualTo(200);
        assertThat(Api.as(port, "granskare").post("/api/v1/consents/" + id + "/withdrawal",
                Api.json("{'reason': 'x'}")).status()).isEqualTo(403);
    }
}
