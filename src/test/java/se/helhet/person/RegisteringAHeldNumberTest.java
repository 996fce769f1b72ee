package se.helhet.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;
import se.helhet.support.TestNumbers;
import se.helhet.support.WebSession;

/**
 * ADR 14: registering a number already held is a 409 only for a user who may read that person; anyone else
 * takes the person up into their units' register and learns nothing a new registration would not tell.
 */
@HelhetTest
class RegisteringAHeldNumberTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private Api.Response register(String user, String number, String given, boolean protectedIdentity) {
        return Api.as(port, user).post("/api/v1/persons", Api.json(
                "{'personalIdentityNumber': '%s', 'givenName': '%s', 'familyName': 'Hållsson', 'protectedIdentity': %s}",
                number, given, protectedIdentity));
    }

    @Test
    void aUserWhoMayNotReadThePersonGetsTheAnswerOfANewRegistrationAndTheRecord() {
        String number = TestNumbers.unused();
        String held = register("mottagning", number, "Inskriven", false).json().get("id").asString();
        assertThat(Api.as(port, "socsek").get("/api/v1/persons/" + held).status()).isEqualTo(403);

        var response = register("socsek", number, "Inskriven", false);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.location()).isEqualTo("/api/v1/persons/" + held);
        assertThat(response.json().get("personalIdentityNumber").asString()).isEqualTo(number);
        assertThat(Api.as(port, "socsek").get("/api/v1/persons/" + held).status()).isEqualTo(200);
        assertThat(new JdbcTemplate(dataSource).queryForObject("""
                select count(*) from trace where person_id = ? and record_type = 'person-unit' and username = 'socsek'""",
                Long.class, java.util.UUID.fromString(held))).isEqualTo(1);
    }

    @Test
    void aDuplicateTheUserCanSeeIsStillAConflict() {
        String number = TestNumbers.unused();
        assertThat(register("socsek", number, "Egen", false).status()).isEqualTo(201);

        assertThat(register("socsek", number, "Egen", false).status()).isEqualTo(409);
        assertThat(register("mottagning", number, "Egen", false).status()).isEqualTo(409);
    }

    @Test
    void aProtectedPersonIsTakenUpWithoutTheirContactDetails() {
        String number = TestNumbers.unused();
        String held = register("mottagning", number, "Skyddad", true).json().get("id").asString();

        var response = register("vuxen", number, "Skyddad", false);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("id").asString()).isEqualTo(held);
        assertThat(response.json().get("protectedIdentity").asBoolean()).isTrue();
        assertThat(Api.as(port, "vuxen").get("/api/v1/persons?q=" + number).json().get("persons")).isEmpty();
    }

    @Test
    void theRegistrationPageTakesUpAHeldNumberAsTheApiDoes() {
        String number = TestNumbers.unused();
        String held = register("mottagning", number, "Sidan", false).json().get("id").asString();
        WebSession session = WebSession.loggedInAs(port, "vuxen");
        session.get("/personer/ny");

        var page = session.post("/personer", Map.of("personalIdentityNumber", number, "givenName", "Sidan",
                "familyName", "Hållsson"));

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/personer/" + held);
        session.get("/personer/ny");
        var again = session.post("/personer", Map.of("personalIdentityNumber", number, "givenName", "Sidan",
                "familyName", "Hållsson"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("finns redan registrerad");
    }
}
