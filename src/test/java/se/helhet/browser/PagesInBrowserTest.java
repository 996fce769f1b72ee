package se.helhet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

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

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Pattern PERSON_PAGE = Pattern.compile("/personer/[0-9a-f-]{36}");
    private static final Pattern PERSON_REFERENCE = Pattern.compile("[0-9]{8}-([0-9]{4}|R[0-9]{4,9})");
    /** Typed without accents, as people do; the demo district has Östlunds in every unit's register. */
    private static final String QUERY = "ostlund";
    private static final String FAMILY_NAME = "Östlund";

    private static Browser browser;
    private static final List<String> REPORT = Collections.synchronizedList(new ArrayList<>());

    /** On a failure, the page as it was: target/screenshots/FAILED-&lt;test&gt;.png. */
    @RegisterExtension
    static final TestWatcher SCREENSHOT_ON_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                String name = context.getDisplayName().replaceAll("[^A-Za-z0-9åäöÅÄÖ-]+", "_");
                browser.screenshot(SCREENSHOTS.resolve("FAILED-" + name + ".png"));
            }
        }
    };

    @LocalServerPort
    int port;

    private ChromeDriver driver;
    private final List<String> serious = new ArrayList<>();

    @BeforeAll
    static void startBrowser() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        browser = Browser.start();
    }

    @AfterAll
    static void quitBrowser() throws IOException {
        try {
            Files.write(SCREENSHOTS.resolve("axe-report.txt"), REPORT, StandardCharsets.UTF_8);
        } finally {
            if (browser != null) {
                browser.close();
            }
        }
    }

    @BeforeEach
    void loggedOut() {
        driver = browser.driver();
        driver.get(url("/login"));
        driver.manage().deleteAllCookies();
    }

    @AfterEach
    void noSeriousAccessibilityProblems() {
        assertThat(serious)
                .withFailMessage(() -> "axe-core found serious or critical violations:\n  " + String.join("\n  ", serious))
                .isEmpty();
    }

    @Test
    @Order(1)
    void loginPageAndSkipLink() {
        driver.get(url("/login"));
        assertThat(driver.getTitle()).isEqualTo("Logga in – Helhet");
        check("anonym", "login");

        logIn("mottagning");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement active = driver.switchTo().activeElement();
        assertThat(active.getDomAttribute("href")).as("the first TAB on the start page lands on the skip link")
                .isEqualTo("#main");
        assertThat(active.isDisplayed()).as("the focused skip link is visible").isTrue();
        browser.screenshot(SCREENSHOTS.resolve("mottagning-skiplink.png"));

        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertThat(driver.switchTo().activeElement().getDomAttribute("id"))
                .as("the skip link moves focus to the main content").isEqualTo("main");
        logOut();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mottagning", "socsek", "chef", "granskare"})
    @Order(2)
    void personHandlerFindsAPersonWithoutTypingAccentsAndSeesTheFamily(String user) {
        logIn(user);
        check(user, "start");

        go(() -> driver.findElement(By.id("start-q")).sendKeys(QUERY, Keys.ENTER), path("/personer?q=" + QUERY));
        List<WebElement> rows = driver.findElements(By.cssSelector("#results table tbody tr"));
        List<WebElement> found = rows.stream().filter(r -> link(r).getText().startsWith(FAMILY_NAME + ", ")).toList();
        assertThat(found).as("%s types \"%s\" and finds people named %s", user, QUERY, FAMILY_NAME).isNotEmpty();
        check(user, "search");

        WebElement chosen = found.stream().filter(r -> age(r) < 18).findFirst().orElse(found.getFirst());
        String listedName = link(chosen).getText();  // "Östlund, Astrid"
        go(link(chosen)::click, d -> PERSON_PAGE.matcher(URI.create(d.getCurrentUrl()).getPath()).matches());
        String personPath = URI.create(driver.getCurrentUrl()).getPath();
        assertPersonHeader(listedName);
        assertThat(driver.findElement(By.id("family-h")).getText()).isEqualTo("Familj");
        check(user, "person");

        go(driver.findElement(By.cssSelector("main a[href='" + personPath + "/familj']"))::click,
                path(personPath + "/familj"));
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

        logOut();
    }

    @Test
    @Order(3)
    void registrationFormShowsTheErrorsBesideTheFields() {
        logIn("mottagning");
        go(driver.findElement(By.cssSelector("main a[href='/personer/ny']"))::click, path("/personer/ny"));
        check("mottagning", "ny-person");

        go(driver.findElement(By.cssSelector("main form button[type=submit]"))::click, path("/personer"));
        WebElement summary = driver.findElement(By.cssSelector(".error-summary"));
        assertThat(summary.findElements(By.cssSelector("li a"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("input[aria-invalid=true]"))).isNotEmpty();
        check("mottagning", "ny-person-fel");
        logOut();
    }

    @Test
    @Order(4)
    void analystSeesChildrenByAreaAndAgeButNoPerson() throws Exception {
        logIn("analytiker");
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
        driver.get(url("/personer"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ingen behörighet");
        check("analytiker", "personer-403");
        logOut();
    }

    @Test
    @Order(5)
    void adultUnitWorkerSeesStartAndSearch() {
        logIn("vuxen");
        assertThat(driver.findElement(By.id("mine-h")).getText()).isEqualTo("Mina ärenden");
        assertThat(driver.findElements(By.id("pop-h"))).as("no district figures for a case worker").isEmpty();
        check("vuxen", "start");

        go(driver.findElement(By.cssSelector("nav a[href='/personer']"))::click, path("/personer"));
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).as("the search field has focus")
                .isEqualTo("q");
        check("vuxen", "personer");
        logOut();
    }

    @Test
    @Order(6)
    void administratorSeesUsersAndReviewsTheLog() {
        logIn("admin");
        assertThat(driver.findElement(By.id("admin-h")).getText()).isEqualTo("Administration");
        assertThat(driver.findElements(By.cssSelector("input[type=search]"))).as("no person search for an administrator")
                .isEmpty();
        check("admin", "start");

        go(driver.findElement(By.cssSelector("nav a[href='/admin/anvandare']"))::click, path("/admin/anvandare"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Användare och enheter");
        assertThat(driver.findElement(By.cssSelector("main table")).getText()).contains("mottagning", "Amira Khalil");
        check("admin", "anvandare");

        go(driver.findElement(By.cssSelector("main form[method=post] button[type=submit]"))::click,
                path("/admin/anvandare"));
        WebElement summary = driver.findElement(By.cssSelector(".error-summary"));
        assertThat(summary.findElements(By.cssSelector("li a"))).isNotEmpty();
        check("admin", "anvandare-fel");

        go(driver.findElement(By.cssSelector("nav a[href='/admin/logg']"))::click, path("/admin/logg"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Loggkontroll");
        check("admin", "logg");

        // mottagning read persons in the browser earlier in this class
        go(() -> driver.findElement(By.id("anvandare")).sendKeys("mottagning", Keys.ENTER),
                path("/admin/logg?person=&anvandare=mottagning"));
        WebElement log = driver.findElement(By.cssSelector("main table"));
        assertThat(log.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        assertThat(log.getText()).contains("mottagning", "läste");
        check("admin", "logg-anvandare");
        logOut();
    }

    // ---------------------------------------------------------------------------------------------------

    private void logIn(String user) {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo");
        go(driver.findElement(By.cssSelector("main form button[type=submit]"))::click, path("/"));
        assertThat(driver.findElement(By.cssSelector(".user__name")).getText()).isNotBlank();
    }

    private void logOut() {
        // Found when clicked, not before: the page may still be settling after the last step.
        go(() -> driver.findElement(By.cssSelector("form[action='/logout'] button")).click(), path("/login?utloggad"));
        assertThat(driver.findElement(By.cssSelector("main .flash")).getText()).isEqualTo("Du är utloggad.");
    }

    /** Screenshot and axe-core for the page now shown. */
    private void check(String user, String page) {
        String name = user + "-" + page;
        browser.screenshot(SCREENSHOTS.resolve(name + ".png"));
        List<Axe.Violation> violations = Axe.run(driver);
        String where = name + " (" + URI.create(driver.getCurrentUrl()).getPath() + ")";
        if (violations.isEmpty()) {
            REPORT.add(where + ": no violations");
        }
        for (Axe.Violation v : violations) {
            REPORT.add(where + ": " + v.describe());
            if (v.seriousOrWorse()) {
                serious.add(where + ": " + v.describe());
            }
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

    /** The page has the given path and query, and has finished loading. */
    private static Predicate<WebDriver> path(String pathAndQuery) {
        return d -> {
            URI now = URI.create(d.getCurrentUrl());
            return (now.getRawPath() + (now.getRawQuery() != null ? "?" + now.getRawQuery() : "")).equals(pathAndQuery);
        };
    }

    /** Does what leads to another page, then waits until the old page is gone and the new one has loaded. */
    private void go(Runnable action, Predicate<WebDriver> arrived) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(driver, WAIT).until(PageChange.gone(oldPage));
        new WebDriverWait(driver, WAIT).until(d -> arrived.test(d)
                && "complete".equals(driver.executeScript("return document.readyState")));
    }

    /** The HTTP status of a page fetched with the browser's session, which Selenium does not show. */
    private int statusWithSession(String path) throws IOException, InterruptedException {
        String cookies = String.join("; ", driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).toList());
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Cookie", cookies).header("Accept", "text/html").GET().build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
