package se.helhet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

/** PostgreSQL cannot store the character NUL: it is refused as input, naming the field, never a server error. */
@HelhetTest
class NulCharacterTest {

    @LocalServerPort
    int port;

    @Test
    void aNulInAJsonTextIsRefusedNamingTheField() {
        var response = Api.as(port, "mottagning").post("/api/v1/persons",
                "{\"givenName\": \"a\\u0000b\", \"familyName\": \"Nul\", \"birthDate\": \"2020-01-01\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("givenName");
    }

    @Test
    void aNulInAQueryParameterIsRefusedNamingTheParameter() {
        var response = Api.as(port, "mottagning").get("/api/v1/persons?q=a%00b");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("q");
    }

    @Test
    void aNulInAFormFieldGetsTheErrorPage() {
        WebSession session = WebSession.loggedInAs(port, "mottagning");
        session.get("/personer/ny");

        var page = session.post("/personer", Map.of("givenName", "a\u0000b", "familyName", "Nul",
                "birthDate", "2020-01-01"));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.contentType()).startsWith("text/html");
    }
}
