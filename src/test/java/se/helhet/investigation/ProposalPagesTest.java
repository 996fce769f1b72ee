package se.helhet.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.HelhetTest;
import se.helhet.support.StaffIds;
import se.helhet.support.WebSession;

/** The investigator drafts the proposed decision on the page as they type, the manager decides on it. */
@HelhetTest
class ProposalPagesTest {

    private static final Pattern OPENING = Pattern.compile("name=\"_draft\" value=\"(\\d+)\"");

    /** Helhet's clock runs in Swedish time: "today" is the Swedish date. */
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @LocalServerPort
    int port;

    private record Investigated(String matterId, String investigationId) {

        String page() {
            return "/arenden/" + matterId + "/utredning";
        }

        String draft() {
            return "/utkast/investigation/proposal/" + investigationId;
        }

        String proposal() {
            return page() + "/" + investigationId + "/forslag";
        }
    }

    private Investigated investigatedBySocsek(int age, String name) {
        var opened = CaseFlow.investigated(port, age, name, "ORANGE");
        var investigation = CaseFlow.investigation(port, opened.matterId());
        String id = investigation.get("id").asString();
        Api chef = Api.as(port, "chef");
        chef.post("/api/v1/investigations/" + id + "/investigator", Api.json("{'investigatorId': '%s', 'version': %d}",
                StaffIds.of(port, "socsek"), investigation.get("version").asInt()));
        chef.post("/api/v1/investigations/" + id + "/communication", Api.json("{'givenOn': '%s', 'version': %d}",
                LocalDate.now(SWEDEN), investigation.get("version").asInt() + 1));
        return new Investigated(opened.matterId(), id);
    }

    private static String opening(WebSession.Page page) {
        var m = OPENING.matcher(page.body());
        assertThat(m.find()).as("the proposal form names its opening").isTrue();
        return m.group(1);
    }

    @Test
    void theProposalIsKeptAsTypedSubmittedAndALateSaveCannotReopenIt() {
        var inv = investigatedBySocsek(9, "Ebba");
        var worker = WebSession.loggedInAs(port, "socsek");
        var page = worker.get(inv.page());
        assertThat(page.body()).contains("Lämna förslag till beslut", "hx-put=\"" + inv.draft() + "\"");
        String opening = opening(page);

        assertThat(worker.put(inv.draft(), Map.of("_draft", opening, "version", "", "outcome", "GRANTED",
                "interventionCode", "CONTACT_FAMILY", "reasons", "Ebba behöver en kontaktfamilj")).status())
                .isEqualTo(200);
        var resumed = worker.get(inv.page());
        assertThat(resumed.body()).contains("återupptaget", "Ebba behöver en kontaktfamilj",
                "value=\"CONTACT_FAMILY\" selected");

        var refused = worker.post(inv.proposal(), Map.of("version", "", "outcome", "GRANTED", "interventionCode", "",
                "reasons", ""));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"interventionCode-error\"", "id=\"reasons-error\"");

        var submitted = worker.post(inv.proposal(), Map.of("version", "", "outcome", "GRANTED",
                "interventionCode", "CONTACT_FAMILY", "reasons", "Ebba behöver en kontaktfamilj varannan helg."));
        assertThat(submitted.status()).isEqualTo(302);
        assertThat(worker.put(inv.draft(), Map.of("_draft", opening, "reasons", "Sent sparat")).status())
                .isEqualTo(409);
        var after = worker.get(inv.page());
        assertThat(after.body()).contains("Lämnat", "Ebba behöver en kontaktfamilj varannan helg.")
                .doesNotContain("Lämna förslag till beslut", "återupptaget", "Sent sparat");
    }

    @Test
    void theManagerFindsTheProposalOnTheStartPageAndDecidesOnItWithTheirOwnWords() {
        var inv = investigatedBySocsek(10, "Frej");
        var worker = WebSession.loggedInAs(port, "socsek");
        worker.get(inv.page());
        worker.post(inv.proposal(), Map.of("version", "", "outcome", "NO_INTERVENTION", "interventionCode", "",
                "reasons", "Frej har det bra hemma nu."));

        var manager = WebSession.loggedInAs(port, "chef");
        assertThat(manager.get("/").body()).contains("Besluta på förslaget",
                "/arenden/" + inv.matterId() + "/utredning#forslag");
        var page = manager.get(inv.page());
        assertThat(page.body()).contains("Förslaget är ifyllt i beslutet nedan",
                "value=\"NO_INTERVENTION\" checked", ">Frej har det bra hemma nu.</textarea>");

        var decided = manager.post(inv.page() + "/" + inv.investigationId() + "/beslut", Map.of(
                "version", String.valueOf(CaseFlow.investigation(port, inv.matterId()).get("version").asInt()),
                "outcome", "NO_INTERVENTION", "interventionCode", "", "reasons",
                "Frej har det bra hemma nu och skolan ser ingen oro.", "decidedOn", LocalDate.now(SWEDEN).toString()));
        assertThat(decided.status()).isEqualTo(302);
        assertThat(manager.get(inv.page()).body()).contains("på förslag av",
                "Frej har det bra hemma nu och skolan ser ingen oro.");
        assertThat(manager.get("/").body()).doesNotContain("/arenden/" + inv.matterId() + "/utredning#forslag");
    }
}
