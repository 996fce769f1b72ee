package se.helhet.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

@HelhetTest
class DraftTest {

    @LocalServerPort
    int port;

    @Test
    void whatIsTypedIsSavedAsTheUserTypesAndOnlyTheAuthorGetsItBack() {
        var author = WebSession.loggedInAs(port, "mottagning");
        author.get("/");

        var saved = author.put("/utkast/test/draft-form", Map.of("description", "Barnet berättar att…",
                "concernReasons", new String[] {"NEGLECT", "CRIME"}));

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body()).matches("Utkast sparat \\d\\d:\\d\\d");
        var other = WebSession.loggedInAs(port, "chef");
        other.get("/");
        assertThat(other.put("/utkast/test/draft-form", Map.of("description", "Annat")).status()).isEqualTo(200);
        assertThat(author.put("/utkast/test/draft-form", Map.of("description", "Barnet berättar att… mer"))
                .body()).startsWith("Utkast sparat");
    }

    @Test
    void draftSaveWithoutTheCsrfTokenIsRefused() {
        var session = WebSession.loggedInAs(port, "mottagning");
        var page = WebSession.anonymous(port);

        assertThat(page.put("/utkast/test/x", Map.of("description", "x")).status()).isIn(302, 403);
    }
}
