package se.helhet.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.CaseFlow;
import se.helhet.support.HelhetTest;
import se.helhet.support.StaffIds;
import se.helhet.support.WebSession;

@HelhetTest
class CaseFilePagesTest {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @LocalServerPort
    int port;

    @Test
    void matterPageShowsWhatIsDueNextBeforeAndDuringTheInvestigation() {
        WebSession web = WebSession.loggedInAs(port, "mottagning");
        var reported = CaseFlow.reported(port, 9, "Elsa", "CONCERN_REPORT");
        var fresh = web.get("/arenden/" + reported.matterId());
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.body()).contains("Nästa tidsgräns", "Skyddsbedömning", "/anmalningar/" + reported.reportId(),
                "href=\"/arenden/" + reported.matterId() + "/utredning\"").doesNotContain("ingen utredning pågår");
        assertThat(fresh.body()).containsPattern("href=\"/arenden/" + reported.matterId() + "\"\\s+aria-current=\"page\"");

        var investigated = CaseFlow.investigated(port, 10, "Otto", "ORANGE");
        String legalDue = CaseFlow.investigation(port, investigated.matterId()).get("legalDue").asString();
        assertThat(web.get("/arenden/" + investigated.matterId()).body())
                .contains("Utredning", "senast " + legalDue, "Pilotens mål", "dag 0 av 14");
    }

    @Test
    void managerTakesTheInvestigationFromInvestigatorToDecisionLetter() {
        var opened = CaseFlow.investigated(port, 11, "Vera", "ORANGE");
        String page = "/arenden/" + opened.matterId() + "/utredning";
        WebSession chef = WebSession.loggedInAs(port, "chef");
        String body = chef.get(page).body();
        assertThat(body).contains("Utse utredare", "dag 0 av 14", "Fatta beslut");
        String base = action(body, "plan").replace("/plan", "");

        var assigned = chef.post(base + "/utredare", Map.of("version", version(body),
                "investigatorId", StaffIds.of(port, "socsek")));
        assertThat(assigned.status()).isEqualTo(302);
        assertThat(assigned.location()).endsWith(page);
        body = chef.get(page).body();
        assertThat(body).contains("Jonas Ekström", "Utredaren är utsedd");

        String read = version(body);
        assertThat(chef.post(base + "/plan", Map.of("version", read, "plan", "Samtal med barnet och skolan.")).status())
                .isEqualTo(302);
        var stale = chef.post(base + "/plan", Map.of("version", read, "plan", "Min egen plan som inte får försvinna."));
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("Utredningen har ändrats av någon annan", "Min egen plan som inte får försvinna.",
                "Samtal med barnet och skolan.");

        body = chef.get(page).body();
        var early = chef.post(base + "/beslut", decision(version(body)));
        assertThat(early.body()).contains("id=\"outcome-error\"", "kommunicering", "Stöd i vardagen behövs.");

        String today = LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();
        assertThat(chef.post(base + "/kommunicering", Map.of("version", version(body), "givenOn", today,
                "comments", "Föräldrarna instämmer.")).status()).isEqualTo(302);

        WebSession intake = WebSession.loggedInAs(port, "mottagning");
        String intakeView = intake.get(page).body();
        assertThat(intakeView).doesNotContain("Fatta beslut");
        assertThat(intake.post(base + "/beslut", decision(version(intakeView))).status()).isEqualTo(403);

        var decided = chef.post(base + "/beslut", decision(version(chef.get(page).body())));
        assertThat(decided.status()).isEqualTo(302);
        body = chef.get(page).body();
        assertThat(body).contains("Beslutet är fattat", "Beslutsbrev", "class=\"letter\"", "Skriv ut",
                "Stöd i vardagen behövs.", "Föräldrarna instämmer.").doesNotContain("Fatta beslut");
    }

    private static Map<String, String> decision(String version) {
        return Map.of("version", version, "outcome", "GRANTED", "interventionCode", "FAMILY_TREATMENT",
                "reasons", "Stöd i vardagen behövs.", "decidedOn", "");
    }

    private static String version(String body) {
        Matcher m = VERSION.matcher(body);
        assertThat(m.find()).as("a form with the version it read").isTrue();
        return m.group(1);
    }

    private static String action(String body, String ending) {
        Matcher m = Pattern.compile("action=\"([^\"]+/" + ending + ")\"").matcher(body);
        assertThat(m.find()).as("a form posting to …/" + ending).isTrue();
        return m.group(1);
    }
}
