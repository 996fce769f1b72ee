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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A walk through the pages in the shared Chromium, one a test: {@code @RegisterExtension final Walk walk = new
 * Walk("audit");} in a {@code @HelhetTest} class. Each test starts logged out in a window of a laptop's size
 * ({@link Browser#LAPTOP}) or of the size the walk was given. At each {@link #check} a screenshot,
 * target/screenshots/&lt;prefix&gt;-&lt;name&gt;.png, axe-core, and a measure of whether the page fits the window's
 * width; after the test the walk fails it if axe-core found serious or critical violations on any page checked,
 * or if any page made a person scroll sideways, so no test can forget to. A failed test leaves the page as it was
 * in target/screenshots/FAILED-&lt;test&gt;.png.
 */
final class Walk implements BeforeEachCallback, AfterEachCallback, TestWatcher {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final Browser browser = Browser.shared();
    private final ChromeDriver driver = browser.driver();
    private final String prefix;
    private final Dimension window;
    private final List<String> serious = new ArrayList<>();
    private final List<String> tooWide = new ArrayList<>();
    private int port;

    /** Screenshots named by the prefix and the page: {@code new Walk("audit")} and {@code check("list")} make audit-list.png. */
    Walk(String prefix) {
        this(prefix, Browser.LAPTOP);
    }

    /** A walk in a window of this size, for a phone ({@link Browser#PHONE}) or a laptop. */
    Walk(String prefix, Dimension window) {
        this.prefix = prefix + "-";
        this.window = window;
    }

    /** Screenshots named by the page alone, for tests that name them by user: {@code check("chef-start")}. */
    Walk() {
        this.prefix = "";
        this.window = Browser.LAPTOP;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        port = SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port", Integer.class);
        resize(window);
        open("/login");
        driver.manage().deleteAllCookies();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> problems = new ArrayList<>();
        if (!serious.isEmpty()) {
            problems.add("axe-core found serious or critical violations:\n  " + String.join("\n  ", serious));
        }
        if (!tooWide.isEmpty()) {
            problems.add("pages wider than the window, to be scrolled sideways:\n  " + String.join("\n  ", tooWide));
        }
        assertThat(problems).withFailMessage(() -> String.join("\n", problems)).isEmpty();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        String name = context.getDisplayName().replaceAll("[^A-Za-z0-9åäöÅÄÖ-]+", "_");
        browser.screenshot(SCREENSHOTS.resolve("FAILED-" + name + ".png"));
    }

    ChromeDriver driver() {
        return driver;
    }

    /**
     * Makes the page area exactly this size: the window is sized from the difference between its outer size and
     * the page area, which headless Chromium keeps for the window's own frame.
     */
    void resize(Dimension size) {
        driver.manage().window().setSize(size);
        Dimension inner = innerSize();
        if (!inner.equals(size)) {
            driver.manage().window().setSize(new Dimension(2 * size.width - inner.width, 2 * size.height - inner.height));
        }
    }

    Dimension innerSize() {
        @SuppressWarnings("unchecked")
        List<Number> inner = (List<Number>) driver.executeScript("return [window.innerWidth, window.innerHeight];");
        return new Dimension(inner.get(0).intValue(), inner.get(1).intValue());
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

    /**
     * Screenshot, width and accessibility check of the page as it is now; returns every violation of axe-core's
     * rules, of any impact.
     */
    List<Axe.Violation> check(String name) {
        screenshot(name);
        Overflow.measure(driver).ifPresent(found -> {
            String line = prefix + name + " (" + URI.create(driver.getCurrentUrl()).getPath() + "): " + found.describe();
            System.out.println("WIDTH " + line);
            tooWide.add(line);
        });
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
