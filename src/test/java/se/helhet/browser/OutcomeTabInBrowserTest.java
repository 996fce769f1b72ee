package se.helhet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.Consenting;
import se.helhet.support.HelhetTest;

/** The matter's outcome tab as a social worker uses it: by keyboard, and without serious accessibility problems. */
@HelhetTest
class OutcomeTabInBrowserTest {

    @RegisterExtension
    final Walk walk = new Walk("utfall");

    @LocalServerPort
    int port;

    @Test
    void theSchoolFormAppearsOnceAConsentIsInForce() {
        var opened = CaseFlow.reported(port, 10, "Iris", "CONCERN_REPORT");
        ChromeDriver driver = walk.driver();
        walk.logInWithEnter("mottagning");
        String tab = "/arenden/" + opened.matterId() + "/utfall";
        walk.open(tab);
        walk.check("utan-samtycke");
        assertThat(driver.findElement(By.cssSelector("nav.casefile-nav a[aria-current=page]")).getText()).isEqualTo("Utfall");

        assertThat(driver.findElement(By.id("samtycke")).getText()).contains("Inget samtycke till skoluppgifter gäller");

        Consenting.toSchoolOutcomes(port, opened.matterId());
        walk.open(tab);
        assertThat(driver.findElement(By.id("samtycke")).getText()).contains("Ett samtycke till skoluppgifter gäller");
        assertThat(driver.findElement(By.id("term")).getDomProperty("value")).matches("(HT|VT)[0-9]{4}");
        walk.check("med-samtycke");
        driver.findElement(By.cssSelector("#samordning summary")).click();
        walk.check("samordning");

        Api intake = Api.as(port, "mottagning");
        String base = "/api/v1/matters/" + opened.matterId();
        intake.post(base + "/school-outcomes", Api.json("{'timePoint': 'START', 'term': 'VT2026', "
                + "'attendancePercent': 78.5, 'resultKind': 'IUP', 'subjectsAssessed': 8, 'subjectsPassed': 5}"));
        intake.post(base + "/school-outcomes", Api.json("{'timePoint': 'END', 'term': 'HT2026', "
                + "'attendancePercent': 88, 'resultKind': 'IUP', 'subjectsAssessed': 8, 'subjectsPassed': 7}"));
        intake.post(base + "/coordinated-support-answers", Api.json("{'respondent': 'CHILD', 'answers': [4, 5, 3, null, 4]}"));
        walk.open(tab);
        assertThat(driver.findElement(By.id("skola")).getText()).contains("+9,5 procentenheter");
        walk.check("med-uppgifter");
    }

    @Test
    void anSdqIsRecordedWithTheTeacherFormsTextsAsLegends() {
        String texts = IntStream.rangeClosed(1, 25).mapToObj(n -> "\"Testfråga " + n + " (lärare)\"")
                .collect(Collectors.joining(", ", "[", "]"));
        assertThat(Api.as(port, "admin").put("/api/v1/instruments/SDQ/forms/TEACHER/item-texts", texts).status())
                .isEqualTo(200);
        var opened = CaseFlow.reported(port, 9, "Juni", "CONCERN_REPORT");
        ChromeDriver driver = walk.driver();
        walk.logIn("admin");
        walk.open("/admin/instrument");
        walk.check("frågetexter");
        walk.logIn("mottagning");
        String tab = "/arenden/" + opened.matterId() + "/utfall";
        walk.open(tab);

        driver.findElement(By.cssSelector("#sdq summary")).sendKeys(Keys.ENTER);
        driver.findElement(By.id("sdq-informant-TEACHER")).click();
        // The questions are swapped in after the choice: a legend found may be replaced before its text is read.
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector("#sdq-questions legend"))
                .getText().equals("Fråga 1: Testfråga 1 (lärare)"));
        walk.check("sdq");
        driver.findElement(By.id("sdq-home-1")).sendKeys(Keys.SPACE);
        walk.go(() -> driver.findElement(By.cssSelector("#sdq button[type=submit]")).click(), Walk.path(tab + "/sdq"));
        assertThat(driver.findElement(By.id("sdq-home-error")).getText()).contains("Lärarformuläret");
        assertThat(driver.findElement(By.cssSelector("#sdq-questions legend")).getText())
                .isEqualTo("Fråga 1: Testfråga 1 (lärare)");
        walk.check("sdq-fel");
        driver.findElement(By.id("sdq-home-none")).sendKeys(Keys.SPACE);
        for (int n = 1; n <= 25; n++) {
            driver.findElement(By.id("sdq-r" + n + "-1")).sendKeys(Keys.SPACE);
        }
        walk.go(() -> driver.findElement(By.cssSelector("#sdq button[type=submit]")).click(), Walk.path(tab));

        // Every item "somewhat true" is 1 point, reversed or not: 5 on each difficulty scale, 20 in all.
        assertThat(driver.findElement(By.cssSelector("main .flash")).getText())
                .isEqualTo("SDQ är sparad: total svårighetspoäng 20.");
        assertThat(driver.findElement(By.id("instrument")).getText()).contains("SDQ om barnet, lärare svarar");
        walk.check("sdq-sparad");
    }
}
