package se.helhet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;

/** The API's problem details are in the language the client asks for, Swedish unless it asks for English. */
@HelhetTest
class ProblemLanguageTest {

    @LocalServerPort
    int port;

    @Test
    void anApiClientAskingForEnglishGetsItsProblemsInEnglish() {
        Api.Response english = Api.as(port, "socsek").inLanguage("en-GB,en;q=0.9").get("/api/v1/persons/not-an-id");

        assertThat(english.status()).isEqualTo(400);
        assertThat(english.contentType()).startsWith("application/problem+json");
        assertThat(english.json().get("title").asString()).isEqualTo("Invalid input");
        assertThat(english.json().get("errors").get(0).get("message").asString())
                .isEqualTo("The value has the wrong form");
    }

    @Test
    void aCallerWithoutValidCredentialsIsToldInTheLanguageItAsksFor() {
        Api.Response english = Api.anonymous(port).inLanguage("en").get("/api/v1/me");
        Api.Response swedish = Api.anonymous(port).get("/api/v1/me");
        Api.Response badKey = Api.withToken(port, "not-a-key").inLanguage("en").get("/api/v1/me");

        assertThat(english.status()).isEqualTo(401);
        assertThat(english.json().get("title").asString()).isEqualTo("Sign-in required");
        assertThat(english.json().get("detail").asString()).isEqualTo("Give a username and password (HTTP Basic).");
        assertThat(swedish.json().get("title").asString()).isEqualTo("Inloggning krävs");
        assertThat(badKey.status()).isEqualTo(401);
        assertThat(badKey.json().get("detail").asString()).isEqualTo("The API key is unknown, revoked or expired.");
    }

    @Test
    void swedishIsTheAnswerWithoutAskingAndForLanguagesHelhetDoesNotSpeak() {
        for (Api api : new Api[] {Api.as(port, "socsek"), Api.as(port, "socsek").inLanguage("de-DE")}) {
            Api.Response swedish = api.get("/api/v1/persons/not-an-id");

            assertThat(swedish.json().get("title").asString()).isEqualTo("Ogiltiga uppgifter");
            assertThat(swedish.json().get("errors").get(0).get("message").asString()).isEqualTo("Värdet har fel form");
            assertThat(swedish.json().get("errors").get(0).has("key")).isFalse();
        }
    }
}
