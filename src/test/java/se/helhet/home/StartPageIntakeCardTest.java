package se.helhet.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

/** The intake worker's start-page card lists the intake's steps by urgency, overdue ones first: it says so. */
@HelhetTest
class StartPageIntakeCardTest {

    @LocalServerPort
    int port;

    @Test
    void theIntakeCardIsNamedForTheStepsItLists() {
        String body = WebSession.loggedInAs(port, "mottagning").get("/").body();

        assertThat(body).contains("<h2 id=\"intake-h\">Mottagningens steg, mest bråttom först</h2>")
                .doesNotContain("Nya anmälningar");
        assertThat(WebSession.loggedInAs(port, "mottagning").get("/?lang=en").body())
                .contains("Intake steps, most urgent first");
    }
}
