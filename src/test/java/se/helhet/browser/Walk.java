package se.helhet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A walk through the pages in the shared Chromium, one a test: {@code @RegisterExtension final Walk walk = new
 * Walk("audit");} in a {@code @HelhetTest} class. Each test starts logged out in a window of the usual size. At
 * each {@link #check} a screenshot, target/screenshots/&lt;prefix&gt;-&lt;name&gt;.png, and axe-core; after the
 * test the walk fails it if axe-core found serious or critical violations on any page checked, so no test can
 * forget to. A failed test leaves the page as it was in target/screenshots/FAILED-&lt;test&gt;.png.
 */
final class Walk implements BeforeEachCallback, AfterEachCallback, TestWatcher {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final Browser browser = Browser.shared();
    private final ChromeDriver driver = browser.driver();
    private final String prefix;
    private final List<String> serious = new ArrayList<>();
    private int port;

    /** Screenshots named by the prefix and the page: {@code new Walk("audit")} and {@code check("list")} make audit-list.png. */
    Walk(String prefix) {
        this.prefix = prefix + "-";
    }

    /** Screenshots named by the page alone, for tests that name them by user: {@code check("chef-start")}. */
    Walk() {
        this.prefix = "";
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        port = SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port", Integer.class);
        driver.manage().window().setSize(Browser.WINDOW);
        open("/login");
        driver.manage().deleteAllCookies();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        assertThat(serious)
                .withFailMessage(() -> "axe-core found serious or critical violations:\n  " + String.join("\n  ", serious))
                .isEmpty();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        String name = context.getDisplayName().replaceAll("[^A-Za-z0-9åäöÅÄÖ-]+", "_");
        browser.screenshot(SCREENSHOTS.resolve("FAILED-" + name + ".png"));
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Logs in with the form and its button, as anyone who was logged in before has left. */
    void logIn(String user) {
        logIn(user, () -> driver.findElement(By.cssSelector("main form button[type=submit]")).click());
    }

    /** Logs in as {@link #logIn} does, but sends the form with Enter in the password field, as by keyboard. */
    void logInWithEnter(String user) {
        logIn(user, () -> driver.findElement(By.id("password")).sendKeys(Keys.ENTER));
    }

    private void logIn(String user, Runnable send) {
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo");
        go(send, path("/"));
        assertThat(driver.findElement(By.cssSelector(".user__name")).getText()).as("logged in as " + user).isNotBlank();
    }

    /** Logs out with the button in the page header. */
    void logOut() {
        // Found when clicked, not before: the page may still be settling after the last step.
        go(() -> driver.findElement(By.cssSelector("form[action='/logout'] button")).click(), path("/login?utloggad"));
        assertThat(driver.findElement(By.cssSelector("main .flash")).getText()).isEqualTo("Du är utloggad.");
    }

    void open(String pathAndQuery) {
        driver.get(url(pathAndQuery));
    }

    /** Screenshot and accessibility check of the page as it is now; returns every violation, of any impact. */
    List<Axe.Violation> check(String name) {
        screenshot(name);
        List<Axe.Violation> violations = Axe.run(driver);
        for (Axe.Violation v : violations) {
            String line = prefix + name + " (" + URI.create(driver.getCurrentUrl()).getPath() + "): " + v.describe();
            System.out.println("AXE " + line);
            if (v.seriousOrWorse()) {
                serious.add(line);
            }
        }
        return violations;
    }

    /** Screenshot only, for a state of the page that axe-core has no more to say about. */
    void screenshot(String name) {
        browser.screenshot(SCREENSHOTS.resolve(prefix + name + ".png"));
    }

    /** Runs the action and waits until a new page has loaded that passes {@code arrived}. */
    void go(Runnable action, Predicate<WebDriver> arrived) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(driver, WAIT).until(PageChange.gone(oldPage));
        new WebDriverWait(driver, WAIT).until(d -> arrived.test(d)
                && "complete".equals(driver.executeScript("return document.readyState")));
    }

    /** The page has exactly this path and query (the fragment aside). */
    static Predicate<WebDriver> path(String pathAndQuery) {
        return d -> {
            URI now = URI.create(d.getCurrentUrl());
            return (now.getRawPath() + (now.getRawQuery() != null ? "?" + now.getRawQuery() : "")).equals(pathAndQuery);
        };
    }

    /** A search's page: the path with a search id as its only query, never what was searched for. */
    static Predicate<WebDriver> searched(String path) {
        return d -> {
            URI now = URI.create(d.getCurrentUrl());
            return now.getRawPath().equals(path) && now.getRawQuery() != null
                    && now.getRawQuery().matches("sok=[A-Za-z0-9_-]{16}");
        };
    }

    static Predicate<WebDriver> pathStartingWith(String path) {
        return d -> URI.create(d.getCurrentUrl()).getRawPath().startsWith(path);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
