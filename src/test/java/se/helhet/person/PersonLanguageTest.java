package se.helhet.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.Children;
import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

/** A language is shown as entered; none entered is not "svenska", which nobody said. */
@HelhetTest
class PersonLanguageTest {

    @LocalServerPort
    int port;

    @Test
    void noLanguageIsShownWhenNoneWasEntered() {
        String child = Children.aChild(port, 8, "Lo");

        String body = WebSession.loggedInAs(port, "mottagning").get("/personer/" + child).body();

        assertThat(body).doesNotContain("<dt>Språk</dt>", "svenska");
    }

    @Test
    void anEnteredLanguageIsShown() {
        var registered = Api.as(port, "mottagning").post("/api/v1/persons", Api.json(
                "{'givenName': 'Mira', 'familyName': 'Testbarn', 'birthDate': '2017-04-02', 'language': 'arabiska'}"));
        assertThat(registered.status()).isEqualTo(201);

        String body = WebSession.loggedInAs(port, "mottagning").get("/personer/" + registered.json().get("id").asString()).body();

        assertThat(body).contains("<dt>Språk</dt>", "<dd>arabiska</dd>");
    }
}
