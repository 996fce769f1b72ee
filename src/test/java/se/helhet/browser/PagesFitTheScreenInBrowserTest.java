package se.helhet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.support.HelhetTest;

/**
 * Every kind of page, as each role reaches it, on a phone held upright and on a laptop: the walk fails a test when a
 * page is wider than the window, naming the widest element past its edge. Wide tables scroll inside their own
 * frame or take the shape of a list; nothing makes a person scroll the page sideways. Screenshots in
 * target/screenshots/ryms-&lt;screen&gt;-&lt;user&gt;-&lt;page&gt;.png.
 */
@HelhetTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagesFitTheScreenInBrowserTest {

    enum Screen {
        PHONE(Browser.PHONE), LAPTOP(Browser.LAPTOP);

        final Dimension size;

        Screen(Dimension size) {
            this.size = size;
        }
    }

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @RegisterExtension
    final Walk walk = new Walk("ryms");
    private final ChromeDriver driver = walk.driver();

    @Autowired
    DataSource dataSource;

    private Screen screen;
    private String user;

    @ParameterizedTest
    @EnumSource(Screen.class)
    @Order(1)
    void theIntakeWorkersPagesFit(Screen on) {
        use(on, "mottagning");
        visit("start");
        visit("mottagning", "/mottagning");
        visit("anmalan-syskon", "/anmalningar/" + id("""
                select report_id from report_child group by report_id having count(*) >= 2
                order by max(entered_order) desc limit 1"""));
        visit("ny-anmalan", "/anmalningar/ny");
        visit("sok-anmalan", "/anmalningar/sok");
        walk.open("/");
        walk.go(() -> driver.findElement(By.id("start-q")).sendKeys("ostlund", Keys.ENTER), Walk.searched("/personer"));
        walk.check(name("personsok"));
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    @Order(1)
    void theSocialWorkersPagesFit(Screen on) {
        use(on, "socsek");
        String matter = "/arenden/" + decidedMatter();
        visit("start");
        visit("mina", "/arbetslista/mina");
        visit("arende", matter);
        visit("utredning-och-beslutsbrev", matter + "/utredning");
        visit("anteckningar", matter + "/anteckningar");
        visit("insatser", matter + "/insatser");
        visit("familj", "/familjer/" + id("select person_id from matter where id = ?::uuid", decidedMatter()));
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    @Order(1)
    void theManagersAndTheAnalystsPagesFit(Screen on) {
        use(on, "chef");
        visit("start");
        visit("forsenade", "/arbetslista/forsenade");
        visit("utan-ansvarig", "/arbetslista/utan-ansvarig");
        visit("tid-med-barn", "/tid-med-barn");

        use(on, "analytiker");
        visit("start");
        LocalDate today = LocalDate.now(STOCKHOLM);
        visit("uppfoljning-jamforelse", "/uppfoljning?from=" + today.minusMonths(6) + "&to=" + today
                + "&baselineFrom=" + today.minusMonths(18) + "&baselineTo=" + today.minusMonths(12));
        if (on == Screen.LAPTOP) {
            WebElement frame = driver.findElement(By.cssSelector("main .table-frame:has(> .table--wide)"));
            assertThat(((Number) driver.executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth;",
                    frame)).intValue()).as("the indicators with a baseline fit a laptop's width, last column too")
                    .isLessThanOrEqualTo(0);
        }
        List<WebElement> indicators = driver.findElements(By.cssSelector("main a[href^='/uppfoljning/indikator/']"));
        assertThat(indicators).as("the follow-up links to its indicators").isNotEmpty();
        walk.go(indicators.getFirst()::click, Walk.pathStartingWith("/uppfoljning/indikator/"));
        walk.check(name("indikator"));
        visit("logikmodell", "/uppfoljning/logikmodell");
    }

    /** Last, so that the log has the others' reads to show. */
    @ParameterizedTest
    @EnumSource(Screen.class)
    @Order(2)
    void theAuditorsAndTheAdministratorsPagesFit(Screen on) {
        use(on, "granskare");
        visit("start");
        visit("aktgranskning", "/aktgranskning");

        use(on, "admin");
        visit("start");
        visit("anvandare", "/admin/anvandare");
        walk.go(driver.findElement(By.cssSelector("main a[aria-label^='Ändra ']"))::click,
                Walk.pathStartingWith("/admin/anvandare/"));
        walk.check(name("anvandare-andra"));
        visit("api-klienter", "/admin/api-klienter");
        visit("instrument", "/admin/instrument");
        visit("rutiner", "/rutiner");
        visit("logg", "/admin/logg");
        walk.go(() -> driver.findElement(By.id("anvandare")).sendKeys("socsek", Keys.ENTER),
                Walk.searched("/admin/logg"));
        assertThat(driver.findElements(By.cssSelector("main table tbody tr"))).as("the social worker's reads").isNotEmpty();
        walk.check(name("logg-socsek"));
    }

    private void use(Screen on, String user) {
        screen = on;
        walk.resize(on.size);
        walk.logIn(user);
        this.user = user;
    }

    private void visit(String page) {
        walk.check(name(page));
    }

    private void visit(String page, String path) {
        walk.go(() -> walk.open(path), Walk.pathStartingWith(path.replaceFirst("\\?.*", "")));
        walk.check(name(page));
    }

    private String name(String page) {
        return screen.name().toLowerCase() + "-" + user + "-" + page;
    }

    /** A matter of the social worker's with a decided investigation, case notes and an intervention, as the demo has. */
    private String decidedMatter() {
        return id("""
                select m.id from matter m join app_user u on u.id = m.responsible_worker_id
                where u.username = 'socsek' and exists (select 1 from decision d where d.matter_id = m.id)
                order by (select count(*) from case_note c where c.matter_id = m.id) desc, m.id limit 1""");
    }

    private String id(String sql, Object... params) {
        return JdbcClient.create(dataSource).sql(sql).params(List.of(params)).query(String.class).optional()
                .orElseThrow(() -> new AssertionError("the demo has none: " + sql));
    }
}
