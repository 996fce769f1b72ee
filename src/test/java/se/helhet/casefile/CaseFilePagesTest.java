package se.helhet.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.Children;
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
        assertThat(body).contains("Beslutet är fattat", "Beslutsbrev", "class=\"letter letter--sent\"", "brev.pdf",
                "Skriv ut", "Stöd i vardagen behövs.", "Föräldrarna instämmer.").doesNotContain("Fatta beslut");
    }

    @Test
    void anAreaIsWrittenOnThePageAndAStaleEditKeepsWhatWasTyped() {
        var opened = CaseFlow.investigated(port, 8, "Nils", "ORANGE");
        String page = "/arenden/" + opened.matterId() + "/utredning";
        WebSession chef = WebSession.loggedInAs(port, "chef");
        String body = chef.get(page).body();
        assertThat(body).contains("Barnets behov", "Kort utredning: beskriv de områden anmälan gäller",
                "Barnets utveckling", "Föräldrarnas förmåga", "Familj och miljö", "inte beskrivet")
                .doesNotContain("<details class=\"area\" id=\"omrade-HEALTH\" open");
        String health = action(body, "omraden/HEALTH");

        var written = chef.post(health, area("", "Astma, sköts väl av skolsköterskan.", "Jag mår bra.", "Inga särskilda."));
        assertThat(written.status()).isEqualTo(302);
        assertThat(written.location()).endsWith(page + "#omrade-HEALTH");
        body = chef.get(page).body();
        assertThat(body).contains("Området Hälsa är sparat.", "Astma, sköts väl av skolsköterskan.", "Jag mår bra.",
                "<details class=\"area\" id=\"omrade-HEALTH\" open", "1 av 7 områden beskrivna",
                "name=\"areaVersion\" value=\"0\"");

        var stale = chef.post(health, area("", "Min egen text som inte får försvinna.", "", ""));
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("Området har ändrats av någon annan", "Min egen text som inte får försvinna.",
                "Astma, sköts väl av skolsköterskan.", "<details class=\"area\" id=\"omrade-HEALTH\" open")
                .doesNotContain("Utredningen har ändrats av någon annan");
        assertThat(chef.post(health, area("0", "Astma; ny medicin sedan oktober.", "", "")).status()).isEqualTo(302);
        assertThat(chef.post(health, area("0", "Sent och inaktuellt.", "", "")).body())
                .contains("Området har ändrats av någon annan", "Sent och inaktuellt.");
    }

    @Test
    void aRedDecisionWaitsUntilAllThreeSidesAreDescribed() {
        var opened = CaseFlow.investigated(port, 12, "Hedda", "RED");
        String page = "/arenden/" + opened.matterId() + "/utredning";
        WebSession chef = WebSession.loggedInAs(port, "chef");
        String body = chef.get(page).body();
        assertThat(body).contains("Saknas: Barnets utveckling, Föräldrarnas förmåga, Familj och miljö")
                .doesNotContain("Kort utredning");
        String base = action(body, "plan").replace("/plan", "");
        String today = LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();
        assertThat(chef.post(base + "/kommunicering", Map.of("version", version(body), "givenOn", today,
                "comments", "")).status()).isEqualTo(302);
        chef.post(base + "/omraden/EMOTIONAL_AND_BEHAVIOURAL", area("", "Oroligt sömnmönster.", "Jag sover dåligt.", "Stöd."));
        chef.post(base + "/omraden/GUIDANCE_AND_BOUNDARIES", area("", "Otydliga gränser.", "", "Föräldrastöd."));

        body = chef.get(page).body();
        assertThat(body).contains("Saknas: Familj och miljö").doesNotContain("Saknas: Barnets utveckling");
        var refused = chef.post(base + "/beslut", decision(version(body)));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).containsPattern("id=\"outcome-error\"[^>]*>En fullständig utredning beskriver barnets"
                + " behov på alla tre sidor").contains("Stöd i vardagen behövs.");

        chef.post(base + "/omraden/HOUSING", area("", "Trångbott men tryggt.", "", ""));
        body = chef.get(page).body();
        assertThat(body).doesNotContain("Saknas:");
        assertThat(chef.post(base + "/beslut", decision(version(body))).status()).isEqualTo(302);
    }

    @Test
    void thePageSaysWhetherTheChildWasHeardAndTheReportingSchoolContacted() {
        var opened = CaseFlow.investigated(port, 7, "Wilma", "ORANGE");
        String page = "/arenden/" + opened.matterId() + "/utredning";
        WebSession chef = WebSession.loggedInAs(port, "chef");
        String body = chef.get(page).body();
        assertThat(contact(body, "Samtal med barnet")).isEqualTo("inte ännu");
        assertThat(contact(body, "Kontakt med skola/förskola")).isEqualTo("inte ännu");
        assertThat(body).contains("/arenden/" + opened.matterId()
                + "/anteckningar?typ=CONVERSATION_WITH_CHILD&amp;tillbaka=utredning#ny-anteckning", "/arenden/"
                + opened.matterId() + "/anteckningar?typ=SCHOOL_CONTACT&amp;tillbaka=utredning#ny-anteckning");

        String conversation = note(opened.matterId(), """
                {'type': 'CONVERSATION_WITH_CHILD', 'minutesSpent': 30, 'text': 'Samtal i skolan.', 'childInformed': true,
                 'childViews': 'Jag vill att det blir lugnare hemma.'}""");
        assertThat(contact(chef.get(page).body(), "Samtal med barnet")).as("a draft does not count").isEqualTo("inte ännu");
        assertThat(Api.as(port, "mottagning").post("/api/v1/case-notes/" + conversation + "/sign", "{}").status())
                .isEqualTo(200);
        body = chef.get(page).body();
        assertThat(contact(body, "Samtal med barnet")).isEqualTo("ja");
        assertThat(contact(body, "Kontakt med skola/förskola")).isEqualTo("inte ännu");

        String school = note(opened.matterId(), """
                {'type': 'SCHOOL_CONTACT', 'minutesSpent': 15, 'text': 'Mentorn ringd.', 'schoolName': 'Ekdalsskolan'}""");
        Api.as(port, "mottagning").post("/api/v1/case-notes/" + school + "/sign", "{}");
        assertThat(contact(chef.get(page).body(), "Kontakt med skola/förskola")).isEqualTo("ja");

        String fromParent = investigatedOnAReportFrom("GUARDIAN", 9, "Alvin");
        body = chef.get("/arenden/" + fromParent + "/utredning").body();
        assertThat(contact(body, "Samtal med barnet")).isEqualTo("inte ännu");
        assertThat(body).as("no school reported, so no school to contact").doesNotContain("Kontakt med skola/förskola");
    }

    @Test
    void everyTabOfTheMatterShowsTheHeaderAndTheTabBarWithItselfCurrent() {
        var opened = CaseFlow.investigated(port, 8, "Tove", "ORANGE");
        String matter = "/arenden/" + opened.matterId();
        List<String> tabs = List.of(matter, matter + "/utredning", matter + "/anteckningar", matter + "/insatser",
                matter + "/lankningar", matter + "/utfall", matter + "/barnkonsekvens");
        WebSession chef = WebSession.loggedInAs(port, "chef");
        for (String tab : tabs) {
            String body = chef.get(tab).body();
            assertThat(body).as(tab).contains("<h1>", "Tove Testbarn");
            assertThat(tabBar(body)).as(tab).containsExactlyElementsOf(tabs);
            assertThat(currentTab(body)).as(tab).isEqualTo(tab);
        }

        String investigation = chef.get(matter + "/utredning").body();
        var refused = chef.post(action(investigation, "plan"), Map.of("version", "-1", "plan", "En plan."));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(currentTab(refused.body())).as("a refused form comes back under its tab")
                .isEqualTo(matter + "/utredning");
    }

    private static List<String> tabBar(String body) {
        int nav = body.indexOf("class=\"casefile-nav\"");
        assertThat(nav).as("a tab bar").isNotNegative();
        Matcher m = Pattern.compile("<a href=\"([^\"]+)\"").matcher(body.substring(nav, body.indexOf("</nav>", nav)));
        List<String> hrefs = new ArrayList<>();
        while (m.find()) {
            hrefs.add(m.group(1));
        }
        return hrefs;
    }


    private static String currentTab(String body) {
        Matcher m = Pattern.compile("class=\"casefile-nav\"[\\s\\S]*?<a href=\"([^\"]+)\"\\s+aria-current=\"page\"")
                .matcher(body);
        assertThat(m.find()).as("a current tab").isTrue();
        return m.group(1);
    }

    private String note(String matterId, String json) {
        var written = Api.as(port, "mottagning").post("/api/v1/matters/" + matterId + "/case-notes", Api.json(json));
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        return written.json().get("id").asString();
    }

    private String investigatedOnAReportFrom(String category, int age, String name) {
        String child = Children.aChild(port, age, name);
        Api intake = Api.as(port, "mottagning");
        var report = intake.post("/api/v1/reports", Api.json("""
                {'kind': 'CONCERN_REPORT', 'reporterCategory': '%s', 'childIds': ['%s'],
                 'concernReasons': ['NEGLECT'], 'description': 'Oro för barnet.'}""", category, child));
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        String base = "/api/v1/reports/" + report.json().get("id").asString() + "/children/" + child;
        intake.post(base + "/protection-assessment", Api.json("{'immediateProtectionNeeded': false, 'reasoning': 'Inget akut.'}"));
        assertThat(intake.post(base + "/preliminary-assessment", Api.json(
                "{'outcome': 'OPEN_INVESTIGATION', 'level': 'ORANGE', 'reasoning': 'Utredning behövs.'}")).status()).isEqualTo(201);
        return report.json().get("children").get(0).get("matterId").asString();
    }

    /** The status word beside a contact's label in the "Barnets röst och skolan" card. */
    private static String contact(String body, String label) {
        Matcher m = Pattern.compile("<dt>" + Pattern.quote(label) + "</dt>\\s*<dd><span class=\"mark [^\"]+\">([^<]+)</span>")
                .matcher(body);
        assertThat(m.find()).as("a status for " + label).isTrue();
        return m.group(1);
    }

    private static Map<String, String> area(String version, String description, String childView, String needs) {
        return Map.of("areaVersion", version, "description", description, "childView", childView, "needs", needs);
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
