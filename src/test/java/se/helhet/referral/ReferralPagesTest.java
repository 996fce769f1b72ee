package se.helhet.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.CaseFlow;
import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

@HelhetTest
class ReferralPagesTest {

    @LocalServerPort
    int port;

    @Test
    void aWorkerRefersTheFamilyFromTheCaseFileAndFollowsUpThatTheHelpCame() {
        var opened = CaseFlow.investigated(port, 12, "Hedda", "ORANGE");
        WebSession web = WebSession.loggedInAs(port, "mottagning");
        String path = "/arenden/" + opened.matterId() + "/lankningar";
        assertThat(web.get(path).body()).contains("Länkningar", "har inte länkats över", "Länka över till en annan aktör");

        var refused = web.post(path, Map.of("actorKind", "", "actorName", "BUP Västra", "purpose", "", "referredOn", ""));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"actorKind-error\"", "id=\"purpose-error\"");

        var referred = web.post(path, Map.of("actorKind", "CHILD_PSYCHIATRY", "actorName", "BUP Västra",
                "purpose", "Bedömning av sömnsvårigheter", "referredOn", ""));
        assertThat(referred.status()).isEqualTo(302);
        String page = web.get(path).body();
        assertThat(page).contains("BUP Västra (barn- och ungdomspsykiatri)", "inte uppföljd",
                "Bedömning av sömnsvårigheter", "Följ upp länkningen");

        String followUp = page.replaceAll("(?s).*action=\"([^\"]+/uppfoljning)\".*", "$1");
        var followedUp = web.post(followUp, Map.of("followedUpOn", LocalDate.now().toString(), "helpReceived", "true",
                "helpReceivedOn", LocalDate.now().toString(), "note", "Första besöket är gjort."));
        assertThat(followedUp.status()).isEqualTo(302);
        assertThat(web.get(path).body()).contains("hjälpen har kommit", "Första besöket är gjort.");
    }
}
