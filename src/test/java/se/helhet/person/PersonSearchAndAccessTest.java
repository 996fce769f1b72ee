package se.helhet.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;
import se.helhet.support.TestNumbers;

@HelhetTest
class PersonSearchAndAccessTest {

    @LocalServerPort
    int port;

    private String registerAs(String user, String number, String given, String family, boolean protectedIdentity) {
        var response = Api.as(port, user).post("/api/v1/persons", Api.json(
                "{'personalIdentityNumber': '%s', 'givenName': '%s', 'familyName': '%s', 'protectedIdentity': %s}",
                number, given, family, protectedIdentity));
        assertThat(response.status()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private List<String> idsFound(String user, String query) {
        var response = Api.as(port, user).get("/api/v1/persons?q=" + java.net.URLEncoder.encode(query,
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("persons").findValuesAsString("id");
    }

    @Test
    void findsNameWithoutAccentsOrCase() {
        String id = registerAs("mottagning", TestNumbers.unused(), "Märta", "Östlundsson", false);

        assertThat(idsFound("mottagning", "ostlundsson")).contains(id);
        assertThat(idsFound("mottagning", "MARTA östlundsson")).contains(id);
        assertThat(idsFound("mottagning", "Östlundsson")).contains(id);
    }

    @Test
    void findsByPersonnummerInAnyForm() {
        String number = TestNumbers.unused();
        String id = registerAs("mottagning", number, "Nummer", "Sökning", false);

        assertThat(idsFound("mottagning", number)).containsExactly(id);
        assertThat(idsFound("mottagning", number.substring(2, 8) + "-" + number.substring(8))).containsExactly(id);
    }

    @Test
    void protectedPersonIsLeftOutOfSearchForUserWithoutTheRight() {
        // socsek has no right to protected identities; the person is registered in socsek's own unit.
        String id = registerAs("socsek", TestNumbers.unused(), "Skyddad", "Personsson", true);

        assertThat(idsFound("socsek", "personsson")).doesNotContain(id);
        assertThat(idsFound("chef", "personsson")).contains(id);
        var direct = Api.as(port, "socsek").get("/api/v1/persons/" + id);
        assertThat(direct.status()).isEqualTo(200);
        assertThat(direct.json().get("protectedIdentity").asBoolean()).isTrue();
    }

    @Test
    void analystIsRefusedAPerson() {
        String id = registerAs("mottagning", TestNumbers.unused(), "Analys", "Vägrad", false);

        var response = Api.as(port, "analytiker").get("/api/v1/persons/" + id);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(Api.as(port, "analytiker").get("/api/v1/persons?q=vagrad").status()).isEqualTo(403);
    }

    @Test
    void userOfAnotherUnitIsRefusedWhatIsNotTheirs() {
        String id = registerAs("socsek", TestNumbers.unused(), "Barn", "Ienheten", false);

        assertThat(Api.as(port, "socsek").get("/api/v1/persons/" + id).status()).isEqualTo(200);
        assertThat(Api.as(port, "vuxen").get("/api/v1/persons/" + id).status()).isEqualTo(403);
        assertThat(idsFound("vuxen", "ienheten")).doesNotContain(id);
        assertThat(Api.as(port, "admin").get("/api/v1/persons/" + id).status()).isEqualTo(403);
    }

    @Test
    void fileAuditorReadsAcrossUnitsButRegistersNothing() {
        String id = registerAs("vuxen", TestNumbers.unused(), "Granskad", "Vuxen", false);

        assertThat(Api.as(port, "granskare").get("/api/v1/persons/" + id).status()).isEqualTo(200);
        var attempt = Api.as(port, "granskare").post("/api/v1/persons", Api.json(
                "{'personalIdentityNumber': '%s', 'givenName': 'A', 'familyName': 'B'}", TestNumbers.unused()));
        assertThat(attempt.status()).isEqualTo(403);
    }

    @Test
    void unknownPersonIsNotFoundAndAnonymousCallIsUnauthorized() {
        assertThat(Api.as(port, "mottagning").get("/api/v1/persons/00000000-0000-4000-8000-000000000000").status())
                .isEqualTo(404);
        var anonymous = Api.anonymous(port).get("/api/v1/persons/00000000-0000-4000-8000-000000000000");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(Api.as(port, "mottagning").get("/api/v1/persons/not-a-uuid").status()).isEqualTo(400);
    }
}
