package se.helhet.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

@HelhetTest
class StartPageTest {

    @LocalServerPort
    int port;

    @Test
    void theDistrictsChildrenAreFetchedAfterTheStartPageByManagersAndAnalystsOnly() {
        var chef = WebSession.loggedInAs(port, "chef");

        assertThat(chef.get("/").body()).contains("hx-get=\"/start/befolkning\"");
        var counts = chef.get("/start/befolkning");
        assertThat(counts.status()).isEqualTo(200);
        assertThat(counts.body()).contains("Barn 0–17 år som bor i stadsdelen i dag, per område och åldersgrupp", "0–5");
        assertThat(WebSession.loggedInAs(port, "analytiker").get("/start/befolkning").status()).isEqualTo(200);
        assertThat(WebSession.loggedInAs(port, "socsek").get("/start/befolkning").status()).isEqualTo(403);
    }
}
