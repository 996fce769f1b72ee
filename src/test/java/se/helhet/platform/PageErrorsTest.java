package se.helhet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

/**
 * A page asked for with a malformed id, an unknown path or a missing parameter: the browser gets the Swedish
 * error page, never raw JSON in English. The API keeps problem+json.
 */
@HelhetTest
class PageErrorsTest {

    @LocalServerPort
    int port;

    @Test
    void aMalformedIdAnUnknownPathOrAMissingParameterOnAPageIsTheSwedishErrorPage() {
        WebSession web = WebSession.loggedInAs(port, "socsek");

        assertSwedishPage(web.get("/arenden/abc"), 400);
        assertSwedishPage(web.get("/finns-inte"), 404);
        assertSwedishPage(web.get("/arenden/abc/anteckningar"), 400);
        WebSession manager = WebSession.loggedInAs(port, "chef");
        assertSwedishPage(manager.get("/aktgranskning/jamforelse"), 400);
    }

    @Test
    void theApiKeepsProblemDetails() {
        var api = Api.as(port, "socsek").get("/api/v1/matters/abc");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.contentType()).startsWith("application/problem+json");

    }

    private static void assertSwedishPage(WebSession.Page page, int status) {
        assertThat(page.status()).isEqualTo(status);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("lang=\"sv\"", "Till startsidan").doesNotContain("\"status\"", "Whitelabel");
    }
}
