package se.helhet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;
import se.helhet.support.TestNumbers;
import se.helhet.support.WebSession;

/**
 * A personnummer searched for never reaches an address: the search forms post, the answer redirects to the page
 * with a short-lived search id, and no link or redirect on the way names the number (browser history, Referer
 * and access logs keep addresses).
 */
@HelhetTest
class NumbersStayOutOfAddressesTest {

    private static final Pattern NUMBER = Pattern.compile("\\d{6}[-+]?\\d{4}");
    private static final Pattern ADDRESS = Pattern.compile("(?:href|action|src|hx-get|hx-post|hx-put)=\"([^\"]*)\"");
    private static final Pattern SEARCH_FORM = Pattern.compile("<form[^>]*role=\"search\"[^>]*>");
    private static final Pattern SEARCH_ID = Pattern.compile("(http://localhost:\\d+)?/[a-z/]+\\?sok=[A-Za-z0-9_-]{16}");

    @LocalServerPort
    int port;

    /** A record's id is no personnummer, though its first part may be eight digits ("59666889-9171-…"). */
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private static void noNumberIn(String address) {
        assertThat(NUMBER.matcher(ID.matcher(address).replaceAll("")).find()).as("a personnummer in the address %s", address).isFalse();
    }

    private static void noNumberLinkedFrom(WebSession.Page page) {
        Matcher m = ADDRESS.matcher(page.body());
        while (m.find()) {
            noNumberIn(m.group(1));
        }
    }

    /** The person registered with the number, and the number in the four ways people type it. */
    private List<String> registeredNumberTypedFourWays(String familyName) {
        String number = TestNumbers.unused();
        assertThat(Api.as(port, "mottagning").post("/api/v1/persons", Api.json(
                "{'personalIdentityNumber': '%s', 'givenName': 'Sökt', 'familyName': '%s'}", number, familyName))
                .status()).isEqualTo(201);
        String ten = number.substring(2);
        return List.of(number, number.substring(0, 8) + "-" + number.substring(8), ten,
                ten.substring(0, 6) + "-" + ten.substring(6));
    }

    @Test
    void everySearchFormPostsWhatIsTyped() {
        var intake = WebSession.loggedInAs(port, "mottagning");
        for (String path : List.of("/", "/personer", "/anmalningar/sok")) {
            var page = intake.get(path);
            Matcher forms = SEARCH_FORM.matcher(page.body());
            assertThat(forms.find()).as("a search form on %s", path).isTrue();
            do {
                assertThat(forms.group()).as("a search form on %s", path).contains("method=\"post\"");
            } while (forms.find());
        }
        assertThat(WebSession.loggedInAs(port, "admin").get("/admin/logg").body())
                .containsPattern("<form action=\"/admin/logg\" method=\"post\"");
    }

    @Test
    void aPersonIsFoundByPersonnummerInAnyFormThroughASearchIdAlone() {
        var worker = WebSession.loggedInAs(port, "mottagning");
        worker.get("/personer");
        for (String typed : registeredNumberTypedFourWays("Adressfri")) {
            var posted = worker.post("/personer/sok", Map.of("q", typed));

            assertThat(posted.status()).isEqualTo(302);
            assertThat(posted.location()).matches(SEARCH_ID.pattern());
            var page = worker.get(WebSession.pathOf(posted.location()));
            assertThat(page.body()).as("found by %s", typed).contains("Adressfri, Sökt");
            noNumberLinkedFrom(page);
            assertThat(worker.get(WebSession.pathOf(posted.location())).body()).as("a reload").contains("Adressfri, Sökt");
        }
    }

    /**
     * With script the search forms post through htmx, which swaps the answer in: the hits come in the answer to the
     * post itself, and the address htmx is told to show is the search id's, which reads the same search back.
     */
    @Test
    void aSearchSentByThePageIsAnsweredInPlaceAndShowsOnlyItsSearchId() {
        var worker = WebSession.loggedInAs(port, "mottagning");
        worker.get("/personer");
        String typed = registeredNumberTypedFourWays("Platsvar").get(3);

        var answered = worker.postFromPage("/personer/sok", Map.of("q", typed));

        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.body()).contains("id=\"results\"", "Platsvar, Sökt").doesNotContain("<header");
        assertThat(answered.pushUrl()).matches("/personer\\?sok=[A-Za-z0-9_-]{16}");
        noNumberLinkedFrom(answered);
        assertThat(worker.get(answered.pushUrl()).body()).as("the address shown, reloaded").contains("Platsvar, Sökt");

        Reported reported = aReportedChildWithAPersonnummer();
        var intake = WebSession.loggedInAs(port, "mottagning");
        intake.get("/anmalningar/sok");
        var report = intake.postFromPage("/anmalningar/sok", Map.of("person", reported.typed().get(1), "from", "",
                "to", "", "reporterCategory", ""));
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body()).contains("id=\"report-search\"", "href=\"/anmalningar/" + reported.reportId() + "\"")
                .doesNotContain("<header");
        assertThat(report.pushUrl()).matches("/anmalningar/sok\\?sok=[A-Za-z0-9_-]{16}");
        noNumberLinkedFrom(report);
        assertThat(intake.get(report.pushUrl()).body()).contains("href=\"/anmalningar/" + reported.reportId() + "\"");

        var mistyped = intake.postFromPage("/anmalningar/sok", Map.of("person", "", "from", "2026-13-01", "to", "",
                "reporterCategory", ""));
        assertThat(mistyped.status()).isEqualTo(200);
        assertThat(mistyped.body()).as("the problem beside the field, what was typed kept")
                .contains("aria-invalid=\"true\"", "value=\"2026-13-01\"");
    }

    @Test
    void aSearchIdMeansNothingInAnotherSession() {
        var worker = WebSession.loggedInAs(port, "mottagning");
        worker.get("/personer");
        String typed = registeredNumberTypedFourWays("Egensession").getFirst();
        String address = worker.post("/personer/sok", Map.of("q", typed)).location();

        var other = WebSession.loggedInAs(port, "mottagning").get(WebSession.pathOf(address));

        assertThat(other.status()).isEqualTo(200);
        assertThat(other.body()).contains("Sökningen har gått ut").doesNotContain("Egensession", typed);
    }

    /** A child of the demo reported and waiting in intake, with its personnummer in the four ways it is typed. */
    private record Reported(String reportId, List<String> typed) {
    }

    private Reported aReportedChildWithAPersonnummer() {
        Api intake = Api.as(port, "mottagning");
        for (var item : intake.get("/api/v1/worklists/intake").json()) {
            var child = intake.get("/api/v1/persons/" + item.get("childId").asString()).json();
            var number = child.get("personalIdentityNumber");
            if (number != null && !number.isNull() && !item.get("protectedIdentity").asBoolean()) {
                String twelve = number.asString().replace("-", "");
                String ten = twelve.substring(2);
                return new Reported(item.get("reportId").asString(), List.of(twelve,
                        twelve.substring(0, 8) + "-" + twelve.substring(8), ten,
                        ten.substring(0, 6) + "-" + ten.substring(6)));
            }
        }
        throw new IllegalStateException("The demo has no reported child with a personnummer");
    }

    @Test
    void reportsAndTheLogAreSearchedByPersonnummerWithoutItInAnAddress() {
        Reported reported = aReportedChildWithAPersonnummer();
        String reportId = reported.reportId();
        List<String> typed = reported.typed();
        var intake = WebSession.loggedInAs(port, "mottagning");
        intake.get("/anmalningar/sok");

        for (String number : typed) {
            var posted = intake.post("/anmalningar/sok", Map.of("person", number, "from", "", "to", "",
                    "reporterCategory", ""));
            assertThat(posted.location()).matches(SEARCH_ID.pattern());
            var page = intake.get(WebSession.pathOf(posted.location()));
            assertThat(page.body()).as("found by %s", number).contains("href=\"/anmalningar/" + reportId + "\"");
            noNumberLinkedFrom(page);
        }

        var admin = WebSession.loggedInAs(port, "admin");
        admin.get("/admin/logg");
        var log = admin.post("/admin/logg", Map.of("person", typed.get(1), "anvandare", ""));
        assertThat(log.location()).matches(SEARCH_ID.pattern());
        var review = admin.get(WebSession.pathOf(log.location()));
        assertThat(review.body()).contains("<code>mottagning</code>");
        noNumberLinkedFrom(review);
    }

    @Test
    void theApiSearchesByPostBesideItsQueryParameters() {
        List<String> typed = registeredNumberTypedFourWays("Postad");
        Api api = Api.as(port, "mottagning");

        var found = api.post("/api/v1/persons/search", Api.json("{'q': '%s'}", typed.get(3)));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("persons").get(0).get("familyName").asString()).isEqualTo("Postad");
        var refused = api.post("/api/v1/persons/search", Api.json("{'q': '20150312-2388'}"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(api.post("/api/v1/reports/search", Api.json("{'person': '%s'}", typed.get(0))).status())
                .isEqualTo(200);
        assertThat(Api.as(port, "socsek").post("/api/v1/reports/search", Api.json("{'person': 'berg'}")).status())
                .isEqualTo(403);
    }
}
