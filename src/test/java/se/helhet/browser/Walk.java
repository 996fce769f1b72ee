package se.helhet.browser;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A walk through the pages in one browser: logging in with the form, following a link or a button to the next
 * page, and at each stop a screenshot (target/screenshots/&lt;prefix&gt;-&lt;name&gt;.png) and axe-core, collecting
 * serious and critical violations for the test to assert on at the end.
 */
final class Walk {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final Browser browser;
    private final ChromeDriver driver;
    private final int port;
    private final String prefix;
    private final List<String> serious = new ArrayList<>();

    Walk(Browser browser, int port, String prefix) {
        this.browser = browser;
        this.driver = browser.driver();
        this.port = port;
        this.prefix = prefix;
    }

    ChromeDriver driver() {
        return driver;
    }

    void logIn(String user) {
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo");
        go(driver.findElement(By.cssSelector("main form button[type=submit]"))::click, path("/"));
    }

    void open(String pathAndQuery) {
        driver.get(url(pathAndQuery));
    }

    /** Screenshot and accessibility check of the page as it is now. */
    void check(String name) {
        browser.screenshot(SCREENSHOTS.resolve(prefix + "-" + name + ".png"));
        for (Axe.Violation v : Axe.run(driver)) {
            String line = prefix + "-" + name + ": " + v.describe();
            System.out.println("AXE " + line);
            if (v.seriousOrWorse()) {
                serious.add(line);
            }
        }
    }

    List<String> serious() {
        return serious;
    }

    /** Runs the action and waits until a new page has loaded that passes {@code arrived}. */
    void go(Runnable action, Predicate<WebDriver> arrived) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(driver, WAIT).until(PageChange.gone(oldPage));
        new WebDriverWait(driver, WAIT).until(d -> arrived.test(d)
                && "complete".equals(driver.executeScript("return document.readyState")));
    }

    static Predicate<WebDriver> path(String pathAndQuery) {
        return d -> {
            URI now = URI.create(d.getCurrentUrl());
            return (now.getRawPath() + (now.getRawQuery() != null ? "?" + now.getRawQuery() : "")).equals(pathAndQuery);
        };
    }

    static Predicate<WebDriver> pathStartingWith(String path) {
        return d -> URI.create(d.getCurrentUrl()).getRawPath().startsWith(path);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
