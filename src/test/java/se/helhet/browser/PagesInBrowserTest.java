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
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.HelhetTest;

/**
 * Every demo user through the real pages in a headless Chromium: log in with the form, do what the role is
 * for, and on every page take a screenshot (target/screenshots/&lt;user&gt;-&lt;page&gt;.png) and run axe-core,
 * failing on serious and critical violations. All violations, of any impact, are listed in
 * target/screenshots/axe-report.txt.
 */
@HelhetTest
class PagesInBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Pattern PERSON_PAGE = Pattern.compile(".*/personer/[0-9a-f-]{36}$");
    private static final Pattern PERSON_REFERENCE = Pattern.compile("^[0-9]{8}-([0-9]{4}|R[0-9]{4,9})$");
    /**
     * Accent-free queries and the accented family name they must find. The first that gives the user a hit is
     * used: the whole-district roles find Östlund; a case worker sees only the persons of their own units.
     */
    private static final List<List<String>> QUERIES = List.of(
            List.of("ostlund", "Östlund"), List.of("oberg", "Öberg"), List.of("ostberg", "Östberg"),
            List.of("aberg", "Åberg"), List.of("soderberg", "Söderberg"), List.of("nordstrom", "Nordström"),
            List.of("lundstrom", "Lundström"), List.of("bjorklund", "Björklund"), List.of("sjogren", "Sjögren"),
            List.of("ekstrom", "Ekström"), List.of("backstrom", "Bäckström"), List.of("hagglund", "Hägglund"),
            List.of("strom", "ström"));
    private static final List<String> WHOLE_DISTRICT = List.of("mottagning", "chef", "granskare");

    private static Browser browser;
    private static final List<String> REPORT = Collections.synchronizedList(new ArrayList<>());

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
    void loginPageAndSkipLink() {
        assertThat(driver.getTitle()).contains("Logga in");
        check("anonym", "login");

        logIn("mottagning");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement active = driver.switchTo().activeElement();
        assertThat(active.getDomAttribute("href"))
                .as("the first TAB on the start page lands on the skip link").isEqualTo("#main");
        assertThat(active.isDisplayed()).as("the focused skip link is visible").isTrue();
        browser.screenshot(SCREENSHOTS.resolve("mottagning-skiplink.png"));

        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertThat(driver.switchTo().activeElement().getDomAttribute("id"))
                .as("the skip link moves focus to the main content").isEqualTo("main");
        logOut();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mottagning", "socsek", "chef", "granskare"})
    void personHandlerFindsAPersonWithoutTypingAccentsAndSeesTheFamily(String user) {
        logIn(user);
        check(user, "start");

        // The start page's own search form, with the first query; later queries (for a case worker who
        // sees only their units' persons) go straight to the search page.
        List<WebElement> rows = List.of();
        String expected = null;
        for (List<String> q : WHOLE_DISTRICT.contains(user) ? QUERIES.subList(0, 1) : QUERIES) {
            if (expected == null) {
                WebElement field = driver.findElement(By.id("start-q"));
                field.sendKeys(q.get(0), Keys.ENTER);
                waitForPath("/personer?q=" + q.get(0));
            } else {
                driver.get(url("/personer?q=" + q.get(0)));
            }
            expected = q.get(1);
            rows = resultRows(expected);
            if (!rows.isEmpty()) {
                break;
            }
        }
        assertThat(rows).as("%s finds a name with %s by typing it without accents", user, expected).isNotEmpty();
        assertThat(driver.findElement(By.id("results")).getText()).contains(expected);
        check(user, "search");

        WebElement chosen = rows.stream()
                .filter(r -> age(r) < 18)
                .findFirst().orElse(rows.getFirst());
        String listedName = chosen.findElement(By.cssSelector("td a")).getText();  // "Östlund, Anna"
        chosen.findElement(By.cssSelector("td a")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(PERSON_PAGE.pattern()));
        String personPath = URI.create(driver.getCurrentUrl()).getPath();
        assertPersonHeader(listedName);
        assertThat(driver.findElement(By.id("family-h")).getText()).isEqualTo("Familj");
        check(user, "person");

        driver.findElement(By.cssSelector("a[href$='/familj']")).click();
        waitForPath(personPath + "/familj");
        assertPersonHeader(listedName);
        WebElement family = driver.findElement(By.cssSelector("main table"));
        assertThat(family.findElement(By.tagName("caption")).getDomProperty("textContent")).isEqualTo("Familj");
        assertThat(family.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText))
                .containsExactly("Namn", "Relation", "Personnummer", "Ålder");
        assertThat(family.findElements(By.cssSelector("tbody tr"))).as("the person and at least one relative")
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(family.findElement(By.cssSelector("tbody tr.row--self")).getText()).contains("personen själv");
        check(user, "familj");

        logOut();
    }

    @Test
    void analystSeesChildrenByAreaAndAgeButNoPerson() throws Exception {
        logIn("analytiker");
        WebElement table = driver.findElement(By.cssSelector("main table"));
        assertThat(table.findElement(By.tagName("caption")).getText()).startsWith("Barn 0–17 år");
        assertThat(table.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText))
                .containsExactly("Område", "Åldersgrupp", "Antal barn");
        assertThat(table.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        assertThat(table.getText()).contains("pilotområde", "ordinarie område");
        assertThat(driver.findElements(By.cssSelector("[role=search], input[type=search], a[href='/personer']")))
                .as("no person search for an analyst").isEmpty();
        check("analytiker", "start");

        assertThat(statusWithSession("/personer")).isEqualTo(403);
        driver.get(url("/personer"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ingen behörighet");
        check("analytiker", "personer-403");
        logOut();
    }

    @Test
    void administratorSeesTheAdministrationPages() {
        logIn("admin");
        assertThat(driver.findElement(By.id("admin-h")).getText()).isEqualTo("Administration");
        assertThat(driver.findElements(By.cssSelector("[role=search]"))).as("no person search for an administrator")
                .isEmpty();
        check("admin", "start");
        logOut();
    }

    @Test
    void adultUnitWorkerSeesStartAndSearch() {
        logIn("vuxen");
        assertThat(driver.findElement(By.id("mine-h")).getText()).isEqualTo("Mina ärenden");
        check("vuxen", "start");
        driver.findElement(By.cssSelector("nav a[href='/personer']")).click();
        waitForPath("/personer");
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).as("the search field has focus")
                .isEqualTo("q");
        check("vuxen", "personer");
        logOut();
    }

    // ---------------------------------------------------------------------------------------------------

    private void logIn(String user) {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitForPath("/");
        assertThat(driver.findElement(By.cssSelector(".user__name")).getText()).isNotBlank();
    }

    private void logOut() {
        driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
        waitForPath("/login?utloggad");
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
        WebElement label = header.findElement(By.cssSelector("dt"));
        assertThat(label.getText()).isIn("Personnummer", "Samordningsnummer", "Reservnummer");
        assertThat(header.findElement(By.cssSelector("dd")).getText()).matches(PERSON_REFERENCE);
    }

    private List<WebElement> resultRows(String familyName) {
        return driver.findElements(By.cssSelector("#results table tbody tr")).stream()
                .filter(r -> r.findElement(By.cssSelector("td a")).getText().startsWith(familyName + ","))
                .toList();
    }

    private static int age(WebElement row) {
        String text = row.findElements(By.tagName("td")).get(2).getText();  // "7 år"
        return Integer.parseInt(text.replaceAll("[^0-9]", ""));
    }

    private void waitForPath(String pathAndQuery) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            URI now = URI.create(d.getCurrentUrl());
            String current = now.getRawPath() + (now.getRawQuery() != null ? "?" + now.getRawQuery() : "");
            return current.equals(pathAndQuery)
                    && "complete".equals(driver.executeScript("return document.readyState"));
        });
    }

    /** The HTTP status of a page fetched with the browser's session, which Selenium does not show. */
    private int statusWithSession(String path) throws IOException, InterruptedException {
        String cookies = String.join("; ", driver.manage().getCookies().stream()
                .map((Cookie c) -> c.getName() + "=" + c.getValue()).toList());
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
