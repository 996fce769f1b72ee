package se.helhet.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

@HelhetTest
class LogicModelPagesTest {

    @LocalServerPort
    int port;

    @Test
    void theAnalystReadsTheModelWithEveryIndicatorLinkedToItsDefinition() {
        var page = WebSession.loggedInAs(port, "analytiker").get("/uppfoljning/logikmodell");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Logikmodell", "Prestationer", "Kortsiktiga effekter", "Långsiktiga effekter",
                "Samtal med barnet", "SDQ vid start och slut", "aktgranskning", "enkät till medarbetare",
                "href=\"/tid-med-barn\"", "href=\"/aktgranskning\"", "href=\"/enkater\"");
        for (IndicatorDefinition indicator : IndicatorDefinition.values()) {
            assertThat(page.body()).contains("href=\"/uppfoljning#" + indicator.name() + "\"", indicator.title());
        }
    }

    @Test
    void inEnglishTheModelItsMethodsAndItsIndicatorsAreEnglish() {
        var page = WebSession.loggedInAs(port, "analytiker").get("/uppfoljning/logikmodell?lang=en");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Conversation with the child", "The child is informed and has a say",
                        "Investigations by level", "SDQ at the start and the end", "survey of staff",
                        "Investigations with a conversation with the child")
                .doesNotContain("Samtal med barnet", "beräknas ur dokumentationen", "Nivåindelade utredningar");
    }

    @Test
    void caseWorkersReadItTooWithoutLinksToThePageTheyMayNotOpen() {
        var page = WebSession.loggedInAs(port, "socsek").get("/uppfoljning/logikmodell");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(IndicatorDefinition.CHILD_CONVERSATION.title())
                .doesNotContain("href=\"/uppfoljning#", "href=\"/aktgranskning\"", "href=\"/enkater\"");
        assertThat(WebSession.loggedInAs(port, "chef").get("/uppfoljning/logikmodell").status()).isEqualTo(200);
    }

    @Test
    void administratorsAndAuditorsAreRefused() {
        assertThat(WebSession.loggedInAs(port, "admin").get("/uppfoljning/logikmodell").status()).isEqualTo(403);
        assertThat(WebSession.loggedInAs(port, "granskare").get("/uppfoljning/logikmodell").status()).isEqualTo(403);
        assertThat(WebSession.anonymous(port).get("/uppfoljning/logikmodell").status()).isEqualTo(302);
    }
}
