package se.helhet.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.HelhetTest;
import se.helhet.support.TestNumbers;
import se.helhet.support.WebSession;

@HelhetTest
class PersonPagesTest {

    @LocalServerPort
    int port;

    @Test
    void registrationFormKeepsWhatWasTypedAndShowsTheErrorBesideTheField() {
        var session = WebSession.loggedInAs(port, "mottagning");
        session.get("/personer/ny");
        String number = TestNumbers.unused();
        String wrong = number.substring(0, 11) + ((number.charAt(11) - '0' + 1) % 10);

        var page = session.post("/personer", Map.of("personalIdentityNumber", wrong, "givenName", "Ingrid",
                "familyName", "Ängström", "language", "finska"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("value=\"" + wrong + "\"", "value=\"Ingrid\"", "value=\"Ängström\"", "value=\"finska\"")
                .contains("id=\"personalIdentityNumber-error\"", "Kontrollsiffran stämmer inte")
                .contains("aria-invalid=\"true\"");
    }

    @Test
    void registeredPersonOpensOnItsOwnPageWithTheHeader() {
        var session = WebSession.loggedInAs(port, "mottagning");
        session.get("/personer/ny");
        String number = TestNumbers.unused();

        var created = session.post("/personer", Map.of("personalIdentityNumber", number, "givenName", "Greta",
                "familyName", "Sjöholm"));

        assertThat(created.status()).isEqualTo(302);
        assertThat(created.location()).matches(".*/personer/[0-9a-f-]{36}$");
        var page = session.get(created.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(page.body()).contains("Greta Sjöholm", number.substring(0, 8) + "-" + number.substring(8),
                "Personen är registrerad.");
    }

    @Test
    void searchPageFindsAccentedNameFromPlainLetters() {
        var session = WebSession.loggedInAs(port, "mottagning");
        session.get("/personer/ny");
        session.post("/personer", Map.of("personalIdentityNumber", TestNumbers.unused(), "givenName", "Åsa",
                "familyName", "Örnsköldtest"));

        var page = session.search("/personer/sok", Map.of("q", "asa ornskoldtest"));

        assertThat(page.body()).contains("Örnsköldtest, Åsa");
    }

    @Test
    void analystGetsNoPersonPages() {
        var session = WebSession.loggedInAs(port, "analytiker");

        assertThat(session.get("/personer").status()).isEqualTo(403);
        session.get("/");
        assertThat(session.search("/personer/sok", Map.of("q", "berg")).status()).isEqualTo(403);
        assertThat(session.get("/").body()).contains("Barn i stadsdelen").doesNotContain("id=\"header-q\"");
    }
}
