package se.helhet.matter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.support.AdultMatters;
import se.helhet.support.Api;
import se.helhet.support.HelhetTest;
import se.helhet.support.StaffIds;
import se.helhet.support.WebSession;

/** An adult unit opens, works in and closes its own matters through {@code POST /api/v1/matters}. */
@HelhetTest
class AdultMatterApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAddictionUnitOpensAMatterAndGetsItsIdAndAddress() {
        String adult = AdultMatters.anAdult(port, "vuxen", "Bengt", "Öppnasson", 44);

        var response = AdultMatters.open(port, "vuxen", adult, "ADDICTION");

        assertThat(response.status()).isEqualTo(201);
        String id = response.json().get("id").asString();
        assertThat(response.location()).endsWith("/api/v1/matters/" + id);
        var matter = Api.as(port, "vuxen").get("/api/v1/matters/" + id);
        assertThat(matter.status()).isEqualTo(200);
        assertThat(matter.json().get("kind").asString()).isEqualTo("ADDICTION");
        assertThat(matter.json().get("personId").asString()).isEqualTo(adult);
        assertThat(matter.json().get("unitId").asString()).isEqualTo(AdultMatters.unitOf(port, "vuxen"));
        assertThat(matter.json().get("level").isNull()).isTrue();
        assertThat(jdbc.sql("select count(*) from trace where action = 'CREATE' and record_type = 'matter' and record_id = ?")
                .param(id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aChildrenAndYouthMatterIsRefusedNamingTheKind() {
        String adult = AdultMatters.anAdult(port, "vuxen", "Carl", "Barnsson", 40);

        var response = AdultMatters.open(port, "vuxen", adult, "CHILD_AND_YOUTH");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).contains("kind");
        assertThat(jdbc.sql("select count(*) from matter where person_id = ?::uuid").param(adult).query(Long.class)
                .single()).isZero();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String adult = AdultMatters.anAdult(port, "vuxen", "Dan", "Felsson", 38);

        var response = Api.as(port, "vuxen").post("/api/v1/matters", Api.json("""
                        {'personId': '%s', 'unitId': '%s', 'kind': 'FINANCIAL_AID', 'openedOn': '%s',
                         'responsibleWorkerId': '%s'}""", adult, AdultMatters.unitOf(port, "vuxen"),
                LocalDate.now().plusDays(3), StaffIds.of(port, "socsek")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("unitId", "openedOn", "responsibleWorkerId");
    }

    @Test
    void anEmptyRequestNamesEveryField() {
        var response = Api.as(port, "vuxen").post("/api/v1/matters", Api.json("{'responsibleWorkerId': '%s'}",
                StaffIds.of(port, "vuxen")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("personId", "kind", "unitId", "openedOn", "responsibleWorkerId");
    }

    @Test
    void anEnglishClientReadsTheProblemsInEnglish() {
        var response = Api.as(port, "vuxen").inLanguage("en").post("/api/v1/matters",
                Api.json("{'responsibleWorkerId': '%s'}", StaffIds.of(port, "vuxen")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("message")).contains(
                "Choose the person the matter concerns", "Choose the kind of matter", "Choose a unit",
                "Enter when the matter was opened");
    }

    @Test
    void anUnknownPersonIsRefusedNamingThePerson() {
        var response = AdultMatters.open(port, "vuxen", "3f1c0f4e-2b7a-4c39-9a52-6d1e8f0b7c21", "ADDICTION");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("personId");
    }

    @Test
    void aSecondOpenMatterOfTheSameKindIsAConflictUntilTheFirstIsClosed() {
        String adult = AdultMatters.anAdult(port, "vuxen", "Erik", "Dubbelsson", 51);
        var first = AdultMatters.opened(port, "vuxen", adult, "ADDICTION");

        assertThat(AdultMatters.open(port, "vuxen", adult, "ADDICTION").status()).isEqualTo(409);

        String path = "/api/v1/matters/" + first.get("id").asString();
        assertThat(Api.as(port, "vuxen").post(path + "/closing", Api.json(
                "{'closedOn': '%s', 'reason': 'Målen uppnådda', 'version': %d}", LocalDate.now(),
                first.get("version").asInt())).status()).isEqualTo(204);
        assertThat(Api.as(port, "vuxen").get(path).json().get("closedOn").asString())
                .isEqualTo(LocalDate.now().toString());
        assertThat(AdultMatters.open(port, "vuxen", adult, "ADDICTION").status()).isEqualTo(201);
    }

    @Test
    void someoneOutsideTheUnitMayNotOpenItsMatters() {
        String adult = AdultMatters.anAdult(port, "vuxen", "Frida", "Utanför", 33);

        var response = Api.as(port, "hodan.farah").post("/api/v1/matters", Api.json("""
                        {'personId': '%s', 'unitId': '%s', 'kind': 'ADDICTION', 'openedOn': '%s',
                         'responsibleWorkerId': '%s'}""", adult, AdultMatters.unitOf(port, "vuxen"), LocalDate.now(),
                StaffIds.of(port, "vuxen")));

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void theWorklistAndTheCaseFileShowTheKindWithoutLevelOrChildrensTabs() {
        String adult = AdultMatters.anAdult(port, "vuxen", "Gustav", "Listsson", 47);
        String id = AdultMatters.opened(port, "vuxen", adult, "ADDICTION").get("id").asString();

        var mine = Api.as(port, "vuxen").get("/api/v1/worklists/mine").json();
        var row = mine.valueStream().filter(m -> m.get("matterId").asString().equals(id)).findFirst().orElseThrow();
        assertThat(row.get("kind").asString()).isEqualTo("ADDICTION");
        assertThat(row.get("level").isNull()).isTrue();
        assertThat(row.get("legal").isNull()).isTrue();

        var page = WebSession.loggedInAs(port, "vuxen").get("/arenden/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Gustav Listsson", "beroende", "/arenden/" + id + "/anteckningar",
                        "Avsluta ärendet", "/familjer/" + adult)
                .doesNotContain("/arenden/" + id + "/utredning", "/arenden/" + id + "/utfall", "Nivå");
    }

    @Test
    void theOpeningPageOpensTheMatterForThePersonFromThePersonPage() {
        String adult = AdultMatters.anAdult(port, "ida.holmberg", "Hanna", "Sidsson", 29);
        var session = WebSession.loggedInAs(port, "ida.holmberg");
        assertThat(session.get("/personer/" + adult).body()).contains("/arenden/ny?person=" + adult);
        assertThat(session.get("/arenden/ny?person=" + adult).body()).contains("Hanna Sidsson", "Relationsvåld")
                .doesNotContain("id=\"personNumber\"");

        var sent = session.post("/arenden", java.util.Map.of("personId", adult,
                "unitId", AdultMatters.unitOf(port, "ida.holmberg"), "openedOn", LocalDate.now().toString(),
                "responsibleWorkerId", StaffIds.of(port, "ida.holmberg")));

        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.location()).matches(".*/arenden/[0-9a-f-]{36}$");
        assertThat(session.get("/personer/" + adult).body()).contains("relationsvåld");
        String matter = sent.location().replaceFirst("^.*/arenden/", "");

        session.get("/arenden/" + matter);
        var closed = session.post("/arenden/" + matter + "/avslut", java.util.Map.of("closedOn",
                LocalDate.now().toString(), "reason", "Flyttat från kommunen", "version", "0"));

        assertThat(closed.status()).isEqualTo(302);
        assertThat(Api.as(port, "ida.holmberg").get("/api/v1/matters/" + matter).json().get("closedOn").asString())
                .isEqualTo(LocalDate.now().toString());
        assertThat(session.get("/arenden/" + matter).body()).doesNotContain("Avsluta ärendet");
    }
}
