package se.helhet.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium driven through the chromedriver on the PATH (Debian's packages, installed by
 * scripts/install-browser). Selenium Manager is told to stay offline and is never needed: both paths are
 * given explicitly. The browser tests share one, {@link #shared()}, rather than start one a test class.
 */
final class Browser implements AutoCloseable {

    private static final List<String> BROWSER_NAMES = List.of("chromium", "chromium-browser");
    private static final List<String> DRIVER_NAMES = List.of("chromedriver");
    /** A laptop's page area, the size Chromium starts with, restored before each test: a narrowed window would outlast its test. */
    static final Dimension LAPTOP = new Dimension(1366, 768);
    /** A phone's page area (an iPhone 12 to 15 held upright), in CSS pixels. */
    static final Dimension PHONE = new Dimension(390, 844);

    /** Held so the level sticks: Selenium warns that it knows no CDP version as new as Debian's Chromium. */
    private static final Logger CDP_VERSION_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private static Browser shared;

    private final ChromeDriver driver;
    private final Path userDataDir;

    private Browser(ChromeDriver driver, Path userDataDir) {
        this.driver = driver;
        this.userDataDir = userDataDir;
    }

    /**
     * The one Chromium of this JVM, started on first use and quit when the JVM exits (the test classes run in
     * one JVM, one after the other, and share one application context as well).
     */
    static synchronized Browser shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "quit-chromium"));
        }
        return shared;
    }

    private static Browser start() {
        System.setProperty("SE_OFFLINE", "true");
        CDP_VERSION_LOG.setLevel(Level.SEVERE);
        Path chromium = find(BROWSER_NAMES).orElseThrow(() -> new AssertionError(
                "No Chromium found on the PATH or in /usr/bin. The browser tests need it: run scripts/install-browser "
                        + "(Debian packages chromium and chromium-driver)."));
        Path chromedriver = find(DRIVER_NAMES).orElseThrow(() -> new AssertionError(
                "No chromedriver found on the PATH or in /usr/bin. The browser tests need it: run "
                        + "scripts/install-browser (Debian packages chromium and chromium-driver)."));
        Path userDataDir;
        try {
            userDataDir = Files.createTempDirectory("helhet-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + LAPTOP.width + "," + LAPTOP.height, "--lang=sv-SE",
                "--user-data-dir=" + userDataDir);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            deleteQuietly(userDataDir);
            throw new AssertionError("Chromium did not start (" + chromium + " with " + chromedriver + "). If the "
                    + "browser is missing or broken, run scripts/install-browser.", e);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, userDataDir);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** The whole page, not only the viewport; falls back to the viewport if the DevTools call fails. */
    void screenshot(Path file) {
        byte[] png;
        try {
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                    "format", "png",
                    "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0,
                            "width", ((Number) size.get("width")).doubleValue(),
                            "height", ((Number) size.get("height")).doubleValue(),
                            "scale", 1)));
            png = Base64.getDecoder().decode((String) shot.get("data"));
        } catch (WebDriverException | ClassCastException | NullPointerException e) {
            png = driver.getScreenshotAs(OutputType.BYTES);
        }
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(userDataDir);
        }
    }

    private static Optional<Path> find(List<String> names) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        Stream<String> dirs = Stream.concat(Stream.of(path.split(File.pathSeparator)), Stream.of("/usr/bin"));
        List<String> searched = dirs.filter(d -> !d.isBlank()).distinct().toList();
        for (String name : names) {
            for (String dir : searched) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A leftover temporary profile is harmless.
        }
    }
}
