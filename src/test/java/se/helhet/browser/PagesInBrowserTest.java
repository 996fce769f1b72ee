package se.helhet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import se.helhet.support.HelhetTest;

/**
 * Every demo user through the real pages in a headless Chromium: log in with the form, do what the role is
 * for, log out with the button. On every page visited: a screenshot (target/screenshots/&lt;user&gt;-&lt;page&gt;.png)
 * and axe-core, failing on serious and critical violations. Violations of any impact are listed in
 * target/screenshots/axe-report.txt. The administrator comes last, so the log review has entries to show.
 */
@HelhetTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagesInBrowserTest {

    private static final Pattern PERSON_PAGE = Pattern.compile("/personer/[0-9a-f-]{36}");
    private static final Pattern PERSON_REFERENCE = Pattern.compile("[0-9]{8}-([0-9]{4}|R[0-9]{4,9})");
    /** Typed without accents, as people do; the demo district has Östlunds in every unit's register. */
    private static final String QUERY = "ostlund";
    private static final String FAMILY_NAME = "Östlund";

    private static final List<String> REPORT = Collections.synchronizedList(new ArrayList<>());

    /** On a failure the walk keeps the page as it was: target/screenshots/FAILED-&lt;test&gt;.png. */
    @RegisterExtension
    final Walk walk = new Walk();
    private final ChromeDriver driver = walk.driver();

    @AfterAll
    static void writeReport() throws IOException {
        Files.createDirectories(Walk.SCREENSHOTS);
        Files.write(Walk.SCREENSHOTS.resolve("axe-report.txt"), REPORT, StandardCharsets.UTF_8);
    }

    @Test
    @Order(1)
    void loginPageAndSkipLink() {
        walk.open("/login");
        assertThat(driver.getTitle()).isEqualTo("Logga in – Helhet");
        check("anonym", "login");

        walk.logIn("mottagning");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement active = driver.switchTo().activeElement();
        assertThat(active.getDomAttribute("href")).as("the first TAB on the start page lands on the skip link")
                .isEqualTo("#main");
        assertThat(active.isDisplayed()).as("the focused skip link is visible").isTrue();
        walk.screenshot("mottagning-skiplink");

        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertThat(driver.switchTo().activeElement().getDomAttribute("id"))
                .as("the skip link moves focus to the main content").isEqualTo("main");
        walk.logOut();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mottagning", "socsek", "chef", "granskare"})
    @Order(2)
    void personHandlerFindsAPersonWithoutTypingAccentsAndSeesTheFamily(String user) {
        walk.logIn(user);
        check(user, "start");

        walk.go(() -> driver.findElement(By.id("start-q")).sendKeys(QUERY, Keys.ENTER), Walk.searched("/personer"));
        List<WebElement> rows = driver.findElements(By.cssSelector("#results table tbody tr"));
        List<WebElement> found = rows.stream().filter(r -> link(r).getText().startsWith(FAMILY_NAME + ", ")).toList();
        assertThat(found).as("%s types \"%s\" and finds people named %s", user, QUERY, FAMILY_NAME).isNotEmpty();
        check(user, "search");

        WebElement chosen = found.stream().filter(r -> age(r) < 18).findFirst().orElse(found.getFirst());
        String listedName = link(chosen).getText();  // "Östlund, Astrid"
        walk.go(link(chosen)::click, d -> PERSON_PAGE.matcher(URI.create(d.getCurrentUrl()).getPath()).matches());
        String personPath = URI.create(driver.getCurrentUrl()).getPath();
        assertPersonHeader(listedName);
        assertThat(driver.findElement(By.id("family-h")).getText()).isEqualTo("Familj");
        check(user, "person");

        String familyPath = personPath.replace("/personer/", "/familjer/");
        walk.go(driver.findElement(By.cssSelector("main a[href='" + familyPath + "']"))::click,
                Walk.path(familyPath));
        assertPersonHeader(listedName);
        WebElement family = driver.findElement(By.cssSelector("main table"));
        assertThat(family.findElement(By.tagName("caption")).getDomProperty("textContent")).isEqualTo("Familj");
        assertThat(family.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText))
                .containsExactly("Namn", "Relation", "Personnummer", "Ålder");
        assertThat(family.findElements(By.cssSelector("tbody tr"))).as("the person and at least one relative")
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(family.findElement(By.cssSelector("tbody tr.row--self")).getText())
                .contains(listedName.split(", ")[1], "personen själv");
        check(user, "familj");

        walk.logOut();
    }

    @Test
    @Order(3)
    void registrationFormShowsTheErrorsBesideTheFields() {
        walk.logIn("mottagning");
        walk.go(driver.findElement(By.cssSelector("main a[href='/personer/ny']"))::click, Walk.path("/personer/ny"));
        check("mottagning", "ny-person");

        walk.go(driver.findElement(By.cssSelector("main form button[type=submit]"))::click, Walk.path("/personer"));
        WebElement summary = driver.findElement(By.cssSelector(".error-summary"));
        assertThat(summary.findElements(By.cssSelector("li a"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("input[aria-invalid=true]"))).isNotEmpty();
        check("mottagning", "ny-person-fel");
        walk.logOut();
    }

    @Test
    @Order(4)
    void analystSeesChildrenByAreaAndAgeButNoPerson() throws Exception {
        walk.logIn("analytiker");
        WebElement table = driver.findElement(By.cssSelector("section[aria-labelledby=pop-h] table"));
        assertThat(table.findElement(By.tagName("caption")).getText()).startsWith("Barn 0–17 år");
        assertThat(table.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText))
                .containsExactly("Typ av område", "Åldersgrupp", "Antal barn");
        assertThat(table.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        assertThat(table.getText()).contains("pilotområde", "ordinarie område");
        assertThat(driver.findElements(By.cssSelector("[role=search], input[type=search], a[href='/personer']")))
                .as("no person search for an analyst").isEmpty();
        check("analytiker", "start");

        assertThat(statusWithSession("/personer")).as("HTTP status of /personer for an analyst").isEqualTo(403);
        walk.open("/personer");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ingen behörighet");
        check("analytiker", "personer-403");
        walk.logOut();
    }

    @Test
    @Order(5)
    void adultUnitWorkerSeesStartAndSearch() {
        walk.logIn("vuxen");
        assertThat(driver.findElement(By.id("mine-h")).getText()).isEqualTo("Mina ärenden");
        assertThat(driver.findElements(By.id("pop-h"))).as("no district figures for a case worker").isEmpty();
        check("vuxen", "start");

        walk.go(driver.findElement(By.cssSelector("nav a[href='/personer']"))::click, Walk.path("/personer"));
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).as("the search field has focus")
                .isEqualTo("q");
        check("vuxen", "personer");
        walk.logOut();
    }

    @Test
    @Order(6)
    void administratorSeesUsersAndReviewsTheLog() {
        walk.logIn("admin");
        assertThat(driver.findElement(By.id("admin-h")).getText()).isEqualTo("Administration");
        assertThat(driver.findElements(By.cssSelector("input[type=search]"))).as("no person search for an administrator")
                .isEmpty();
        check("admin", "start");

        walk.go(driver.findElement(By.cssSelector("nav a[href='/admin/anvandare']"))::click, Walk.path("/admin/anvandare"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Användare och enheter");
        assertThat(driver.findElement(By.cssSelector("main table")).getText()).contains("mottagning", "Amira Khalil");
        check("admin", "anvandare");

        walk.go(driver.findElement(By.cssSelector("main form[method=post] button[type=submit]"))::click,
                Walk.path("/admin/anvandare"));
        WebElement summary = driver.findElement(By.cssSelector(".error-summary"));
        assertThat(summary.findElements(By.cssSelector("li a"))).isNotEmpty();
        check("admin", "anvandare-fel");

        walk.go(driver.findElement(By.cssSelector("main a[aria-label='Ändra Amira Khalil']"))::click,
                Walk.pathStartingWith("/admin/anvandare/"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ändra Amira Khalil");
        assertThat(driver.findElement(By.id("role-INTAKE_WORKER")).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("enabled")).isSelected()).isTrue();
        check("admin", "anvandare-andra");

        walk.go(driver.findElement(By.cssSelector("nav a[href='/admin/logg']"))::click, Walk.path("/admin/logg"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Loggkontroll");
        check("admin", "logg");

        // mottagning read persons in the browser earlier in this class
        walk.go(() -> driver.findElement(By.id("anvandare")).sendKeys("mottagning", Keys.ENTER),
                Walk.searched("/admin/logg"));
        WebElement log = driver.findElement(By.cssSelector("main table"));
        assertThat(log.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        assertThat(log.getText()).contains("mottagning", "läste");
        check("admin", "logg-anvandare");
        walk.logOut();
    }

    // ---------------------------------------------------------------------------------------------------

    /** Screenshot and axe-core for the page now shown, with every violation in the report. */
    private void check(String user, String page) {
        String name = user + "-" + page;
        List<Axe.Violation> violations = walk.check(name);
        String where = name + " (" + URI.create(driver.getCurrentUrl()).getPath() + ")";
        if (violations.isEmpty()) {
            REPORT.add(where + ": no violations");
        }
        for (Axe.Violation v : violations) {
            REPORT.add(where + ": " + v.describe());
        }
    }

    private void assertPersonHeader(String listedName) {
        WebElement header = driver.findElement(By.cssSelector(".person-header"));
        String heading = header.findElement(By.tagName("h1")).getText();
        for (String part : listedName.split(",\\s*")) {
            assertThat(heading).as("the person header names the person").contains(part);
        }
        assertThat(header.findElement(By.cssSelector("dt")).getText())
                .isIn("Personnummer", "Samordningsnummer", "Reservnummer");
        assertThat(header.findElement(By.cssSelector("dd")).getText()).matches(PERSON_REFERENCE);
    }

    private static WebElement link(WebElement row) {
        return row.findElement(By.cssSelector("td a"));
    }

    private static int age(WebElement row) {
        String text = row.findElements(By.tagName("td")).get(2).getText();  // "7 år"
        return Integer.parseInt(text.replaceAll("[^0-9]", ""));
    }

    /** The HTTP status of a page fetched with the browser's session, which Selenium does not show. */
    private int statusWithSession(String path) throws IOException, InterruptedException {
        String cookies = String.join("; ", driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).toList());
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(walk.url(path)))
                    .header("Cookie", cookies).header("Accept", "text/html").GET().build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
