package se.helhet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.support.HelhetTest;

/**
 * English mode through the real pages: each role logs in on the English login page and follows the links of its
 * pages (breadth first, a dozen pages a role); every heading, label, button, table cell, link, hint, message and
 * choice on them is read for Swedish. What people recorded (names of persons, staff and units, free text) is
 * data, not the product's words: it is read from the database and taken out first (names, the audit key's
 * questions, routines, forums, reasons), and free text is in paragraphs, which are not read. Forms refused empty show their field problems in English too.
 */
@HelhetTest
class EnglishModeInBrowserTest {

    private static final int PAGES_PER_ROLE = 12;
    /** Words that are Swedish and not English, as whole words: a Swedish sentence has at least one. */
    private static final Pattern SWEDISH = Pattern.compile("(?iu)(?<!\\p{L})(och|att|inte|eller|som|ska|har|för"
            + "|med|på|till|av|från|vid|efter|ingen|inga|finns|saknas|ange|välj|skriv|dagar|ärende|ärenden|ärendet"
            + "|utredning|utredningar|insats|insatser|beslut|anmälan|anmälningar|barnet|barn|sidan|spara|sök|visa"
            + "|logga|startsidan|uppföljning|försenad|kvar|idag|i dag|ny|nytt|nya|alla|mina|vårdnadshavare|datum"
            + "|handläggare|enhet|enheten|ansvarig|samtycke|anteckning|anteckningar|nivå|orsak|inledd|avslutad|dag)"
            + "(?!\\p{L})");
    private static final String READ = """
            const names = arguments[0];
            const seen = [];
            document.querySelectorAll('title, h1, h2, h3, h4, label, legend, button, th, td, caption, summary, dt, dd,'
                + ' a, option, .hint, .field-error, .error-summary, .flash, .badge, [role=status], [aria-label]')
                .forEach(e => {
                    let text = (e.tagName === 'TITLE' ? document.title : e.innerText || '')
                        + ' ' + (e.getAttribute('aria-label') || '');
                    for (const name of names) { text = text.split(name).join(' '); }
                    text = text.replace(/\\s+/g, ' ').trim();
                    if (text) { seen.push(text); }
                });
            return seen;
            """;

    @RegisterExtension
    final Walk walk = new Walk("english");
    private final ChromeDriver driver = walk.driver();

    @Autowired
    DataSource dataSource;
    private List<String> recorded;

    @Test
    void theLoginPageAndAnUnknownAddressAreInEnglish() {
        driver.manage().deleteAllCookies();
        walk.open("/login?lang=en");
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        List<String> swedish = new ArrayList<>(swedishOn("login"));
        walk.open("/finns-inte");
        swedish.addAll(swedishOn("not-found"));
        assertThat(swedish).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mottagning", "socsek", "anna.berg", "chef", "analytiker", "granskare", "admin"})
    void everyPageARoleReachesIsInEnglish(String user) {
        logInInEnglish(user);
        List<String> swedish = new ArrayList<>();
        Set<String> visited = new LinkedHashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of("/"));
        while (!next.isEmpty() && visited.size() < PAGES_PER_ROLE) {
            String path = next.removeFirst();
            if (!visited.add(path)) {
                continue;
            }
            walk.open(path);
            swedish.addAll(swedishOn(user + " " + path));
            links().stream().filter(link -> !visited.contains(link)).forEach(next::addLast);
        }
        assertThat(visited).as("pages %s reached", user).hasSizeGreaterThan(3);
        assertThat(swedish).as("Swedish on the pages %s reached in English mode: %s", user, visited).isEmpty();
    }

    @Test
    void aFormRefusedEmptyNamesItsProblemsInEnglish() {
        logInInEnglish("mottagning");
        walk.open("/personer/ny");
        walk.go(driver.findElement(By.cssSelector("main form button[type=submit]"))::click, Walk.path("/personer"));
        assertThat(driver.findElements(By.cssSelector(".error-summary li"))).isNotEmpty();
        assertThat(swedishOn("refused new person")).isEmpty();
    }

    private void logInInEnglish(String user) {
        driver.manage().deleteAllCookies();
        walk.open("/login?lang=en");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo");
        walk.go(driver.findElement(By.cssSelector("main form button[type=submit]"))::click, Walk.path("/"));
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
    }

    private List<String> recorded() {
        if (recorded == null) {
            recorded = recordedNames();
        }
        return recorded;
    }

    /** The page's own words that read as Swedish, each with where it was found. */
    private List<String> swedishOn(String where) {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) driver.executeScript(READ, recorded());
        return texts.stream().distinct().filter(t -> SWEDISH.matcher(t).find()).map(t -> where + ": " + t).toList();
    }

    /** Same-site pages linked from this one: no downloads, no API, no change of language, no logging out. */
    private List<String> links() {
        return driver.findElements(By.cssSelector("a[href]")).stream()
                .map(a -> a.getDomAttribute("href"))
                .filter(href -> href.startsWith("/") && !href.startsWith("//"))
                .map(href -> URI.create(href.split("#")[0]))
                .filter(uri -> !uri.getPath().startsWith("/api") && !uri.getPath().matches(".*\\.(pdf|csv|png|svg)$")
                        && !uri.getPath().contains("/bilagor/") && !uri.getPath().equals("/logout")
                        && (uri.getQuery() == null || !uri.getQuery().contains("lang=")))
                .map(URI::toString)
                .toList();
    }

    /**
     * What people and the municipality's own configuration recorded, which stays in the words it was written in:
     * names, the questions of an audit key, routines and their stops, forums, reasons. A reason is shown cut
     * at 60 characters in a timeline, so its beginning is taken out too.
     */
    private List<String> recordedNames() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        List<String> recorded = new ArrayList<>();
        for (String sql : List.of("select name from unit", "select display_name from app_user",
                "select text from audit_question", "select group_name from audit_question",
                "select scale_low from audit_question where scale_low is not null",
                "select scale_high from audit_question where scale_high is not null",
                "select name from audit_key", "select name from routine", "select name from routine_stop",
                "select name from stop", "select name from forum", "select serves from forum",
                "select distinct reason from matter_level_change",
                "select distinct no_conversation_reason from case_note where no_conversation_reason is not null")) {
            recorded.addAll(jdbc.sql(sql).query(String.class).list());
        }
        List<String> withBeginnings = new ArrayList<>(recorded);
        recorded.stream().filter(r -> r.length() > 60).map(r -> r.substring(0, 59).strip()).forEach(withBeginnings::add);
        // only what would read as Swedish needs taking out; the longest first, so a beginning never splits a whole
        return withBeginnings.stream().distinct().filter(r -> SWEDISH.matcher(r).find())
                .sorted((a, b) -> b.length() - a.length()).toList();
    }
}
