package se.helhet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.support.HelhetTest;

/**
 * The intake worker's day, only through the pages: a school reports concern about two siblings; each child
 * gets a protection and a preliminary assessment; the first child's matter shows it all in its timeline. Then
 * the unit manager assigns the investigator and saves a plan; the investigator records a signed conversation with
 * the child and describes a BBIC area; the unit manager records the communication and grants family
 * treatment; the granted intervention is offered with a family therapist as responsible, and accepted.
 * Every page: a screenshot (target/screenshots/caseflow-*.png) and axe-core, failing on serious or critical.
 */
@HelhetTest
class CaseFlowInBrowserTest {

    record Child(String number, String name) {
    }

    @RegisterExtension
    final Walk walk = new Walk("caseflow");
    private final ChromeDriver driver = walk.driver();

    @Autowired
    DataSource dataSource;

    private int inputs;
    private int pageLoads;

    @Test
    void intakeWorkerTakesAReportAboutTwoSiblingsToTheirAssessments() {
        List<Child> siblings = twoSchoolAgeSiblingsWithoutOpenMatters();
        Child first = siblings.get(0);
        Child second = siblings.get(1);
        walk.logIn("mottagning");
        walk.check("start");

        // The registration, counted: every field the worker fills or changes, every page the browser loads.
        walk.go(driver.findElement(By.cssSelector("nav a[href='/anmalningar/ny']"))::click, Walk.path("/anmalningar/ny"));
        pageLoads++;
        assertThat(driver.findElement(By.id("kind")).isSelected()).as("orosanmälan is the default").isTrue();
        assertThat(driver.findElement(By.id("receivedAt")).getDomProperty("value")).as("received now")
                .startsWith(LocalDate.now(ZoneId.of("Europe/Stockholm")).toString());
        walk.check("ny");
        fill("children", first.number() + "\n" + second.number());
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("#children-preview li strong")).size() == 2);
        assertThat(driver.findElement(By.id("children-preview")).getText()).contains(first.name(), second.name());
        new Select(driver.findElement(By.id("reporterCategory"))).selectByValue("SCHOOL");
        inputs++;
        fill("reporterOrganisation", "Ekbackens skola");
        fill("reporterName", "Kim Rektor");
        fill("reporterContact", "08-123 456 78");
        click("reason-NEGLECT");
        click("reason-SCHOOL_PROBLEMS");
        fill("description", "Syskonen kommer ofta till skolan utan frukost och har varit frånvarande mycket.");
        walk.check("ny-ifylld");
        walk.go(driver.findElement(By.cssSelector("main form button[type=submit]"))::click,
                d -> URI.create(d.getCurrentUrl()).getPath().matches("/anmalningar/[0-9a-f-]{36}"));
        pageLoads++;
        System.out.println("CASEFLOW-METRIC register-two-siblings inputs=" + inputs + " pageLoads=" + pageLoads);
        String reportPath = URI.create(driver.getCurrentUrl()).getPath();
        assertThat(driver.findElement(By.cssSelector("main .flash")).getText()).startsWith("Anmälan är registrerad");
        walk.check("anmalan");

        walk.go(driver.findElement(By.cssSelector("nav a[href='/mottagning']"))::click, Walk.path("/mottagning"));
        assertThat(rowsFor(reportPath)).as("both children wait for their protection assessment").hasSize(2)
                .allMatch(r -> r.getText().contains("Skyddsbedömning"));
        walk.check("mottagning-fore");
        walk.go(driver.findElement(By.cssSelector("nav a[href='/']"))::click, Walk.path("/"));
        // The start page shows the most urgent five; the demo district has older work due before this report.
        assertThat(driver.findElement(By.cssSelector("section[aria-labelledby=intake-h]")).getText())
                .contains("Nya anmälningar");
        walk.check("start-med-anmalan");
        walk.go(() -> walk.open(reportPath), d -> d.getCurrentUrl().contains(reportPath));

        walk.go(() -> childPart(first).findElement(By.cssSelector("form[action$='/skyddsbedomning'] button")).click(),
                d -> d.getCurrentUrl().endsWith("/skyddsbedomning"));
        assertThat(driver.findElements(By.cssSelector(".error-summary li"))).as("nothing chosen, nothing written").hasSize(2);
        walk.check("skydd-fel");
        protect(reportPath, first);
        protect(reportPath, second);
        walk.check("skydd-klar");

        decide(reportPath, first, "OPEN_INVESTIGATION", "levelInvestigation", "ORANGE", null);
        decide(reportPath, second, "NO_INVESTIGATION", "levelNoInvestigation", "GREEN", "Elevhälsan på Ekbackens skola");
        assertThat(childPart(first).getText()).contains("Utredning inleds", "orange");
        assertThat(childPart(second).getText()).contains("Ingen utredning", "grön", "Elevhälsan på Ekbackens skola");
        walk.check("forhand-klar");

        walk.go(childPart(first).findElement(By.linkText("Öppna ärendet"))::click,
                d -> d.getCurrentUrl().contains("/arenden/"));
        String legalDue = LocalDate.now(ZoneId.of("Europe/Stockholm")).plusMonths(4).toString();
        WebElement header = driver.findElement(By.cssSelector(".matter-header"));
        assertThat(header.getText()).contains(first.name(), first.number(), "orange", "ingen ansvarig");
        assertThat(driver.findElement(By.cssSelector("section[aria-labelledby=inv-h]")).getText()).contains(legalDue);
        assertThat(driver.findElement(By.cssSelector("table.timeline")).getText()).contains("Orosanmälan från skola",
                "Skyddsbedömning: inget behov av omedelbart skydd", "Förhandsbedömning", "utredning inleds",
                "Utredning inledd, nivå orange. Sista dag enligt lag " + legalDue);
        walk.check("arende");
        String matterPath = URI.create(driver.getCurrentUrl()).getPath();

        walk.go(driver.findElement(By.cssSelector("nav a[href='/mottagning']"))::click, Walk.path("/mottagning"));
        assertThat(rowsFor(reportPath)).as("no step of the report waits any more").isEmpty();
        walk.check("mottagning-efter");

        managerTakesTheInvestigationToADecision(matterPath);
        offerAndAcceptTheGrantedIntervention(matterPath);
    }

    /** The unit manager, only through the pages: investigator, plan, communication, decision and its letter. */
    private void managerTakesTheInvestigationToADecision(String matterPath) {
        walk.logOut();
        walk.logIn("chef");
        assertThat(driver.findElement(By.cssSelector("section[aria-labelledby=team-h]")).getText())
                .contains("Ärenden utan ansvarig", "Jonas Ekström");
        walk.check("start-chef");
        walk.go(() -> walk.open(matterPath), Walk.path(matterPath));
        String page = matterPath + "/utredning";
        walk.go(driver.findElement(By.cssSelector("nav.casefile-nav a[href='" + page + "']"))::click, Walk.path(page));
        assertThat(driver.findElement(By.cssSelector("nav.casefile-nav a[aria-current=page]")).getText()).isEqualTo("Utredning");
        walk.check("utredning");

        new Select(driver.findElement(By.id("investigatorId"))).selectByVisibleText("Jonas Ekström");
        submit("investigatorId", page);
        assertThat(driver.findElement(By.cssSelector(".matter-header")).getText()).contains("Jonas Ekström");
        driver.findElement(By.id("plan")).sendKeys("Samtal med barnen, föräldrarna och skolan inom två veckor.");
        submit("plan", page);
        assertThat(driver.findElement(By.id("plan")).getDomProperty("value")).startsWith("Samtal med barnen");

        investigatorHearsTheChildAndDescribesAnArea(matterPath);
        walk.logOut();
        walk.logIn("chef");
        walk.go(() -> walk.open(page), Walk.path(page));
        driver.findElement(By.id("comments")).sendKeys("Föräldrarna instämmer och vill ha stöd.");
        submit("comments", page);
        walk.check("utredning-kommunicerad");

        driver.findElement(By.id("outcome")).click();
        new Select(driver.findElement(By.id("interventionCode"))).selectByValue("FAMILY_TREATMENT");
        driver.findElement(By.id("reasons")).sendKeys("Familjen behöver stöd i vardagen och har själv bett om det.");
        submit("reasons", page);
        WebElement letter = driver.findElement(By.cssSelector("#beslut .letter"));
        assertThat(letter.getText()).contains("Familjen behöver stöd i vardagen");
        assertThat(driver.findElement(By.cssSelector("#beslut button[data-print]")).isDisplayed()).isTrue();
        walk.check("beslut");
    }

    /**
     * The investigator, responsible once assigned, only through the pages: a conversation with the child,
     * signed; one BBIC area described; the investigation page then says the child has been heard and, the report
     * having come from a school, that the school has not been contacted yet.
     */
    private void investigatorHearsTheChildAndDescribesAnArea(String matterPath) {
        walk.logOut();
        walk.logIn("socsek");
        String notes = matterPath + "/anteckningar";
        walk.go(() -> walk.open(notes), Walk.path(notes));
        walk.check("anteckningar");
        driver.findElement(By.id("type")).click();
        driver.findElement(By.id("minutesSpent")).sendKeys("40");
        driver.findElement(By.id("text")).sendKeys("Samtal på skolan i elevhälsans rum. Barnet fick veta varför vi träffas.");
        driver.findElement(By.id("childInformed")).click();
        driver.findElement(By.id("childViews")).sendKeys("Jag är hungrig på förmiddagarna. Jag vill att mamma och pappa får hjälp.");
        submit("childViews", notes);
        WebElement draft = driver.findElement(By.cssSelector("article.case-note--draft"));
        walk.go(draft.findElement(By.cssSelector("form[action$='/signera'] button"))::click, Walk.path(notes));
        assertThat(driver.findElement(By.cssSelector("article.case-note--signed")).getText())
                .contains("Samtal med barnet", "Signerad", "Jag är hungrig på förmiddagarna");
        walk.check("anteckning-signerad");

        String page = matterPath + "/utredning";
        walk.go(() -> walk.open(page), Walk.path(page));
        assertThat(driver.findElement(By.id("barnets-behov")).getText()).contains("Kort utredning", "Barnets utveckling",
                "Föräldrarnas förmåga", "Familj och miljö");
        WebElement area = driver.findElement(By.id("omrade-EDUCATION"));
        assertThat(area.getDomAttribute("open")).as("areas start collapsed").isNull();
        area.findElement(By.tagName("summary")).click();
        driver.findElement(By.id("description-EDUCATION")).sendKeys("Hög frånvaro på måndagar enligt mentorn; orkar sällan före lunch.");
        driver.findElement(By.id("childView-EDUCATION")).sendKeys("Jag gillar skolan men är trött och hungrig.");
        driver.findElement(By.id("needs-EDUCATION")).sendKeys("Frukost och en lugn start på dagen; stöd av elevhälsan.");
        submit("needs-EDUCATION", page);
        assertThat(driver.findElement(By.cssSelector("main .flash")).getText()).contains("Skola och lärande");
        assertThat(driver.findElement(By.cssSelector("#omrade-EDUCATION > summary")).getText())
                .contains("Skola och lärande", "beskrivet").doesNotContain("inte beskrivet");
        assertThat(driver.findElement(By.id("description-EDUCATION")).getDomProperty("value")).startsWith("Hög frånvaro");
        assertThat(contact("Samtal med barnet")).startsWith("ja");
        assertThat(contact("Kontakt med skola/förskola")).startsWith("inte ännu");
        walk.check("utredning-barnets-behov");
    }

    /** What the investigation page says about a contact (the child, the school), in words. */
    private String contact(String label) {
        return driver.findElement(By.xpath("//section[@id='kontakter']//dt[normalize-space()='" + label
                + "']/following-sibling::dd[1]")).getText();
    }

    /** The intervention the decision granted, offered with a family therapist as responsible, and accepted. */
    private void offerAndAcceptTheGrantedIntervention(String matterPath) {
        String page = matterPath + "/insatser";
        walk.go(driver.findElement(By.cssSelector("nav.casefile-nav a[href='" + page + "']"))::click, Walk.path(page));
        walk.check("insatser");
        String decision = JdbcClient.create(dataSource).sql("select id::text from decision where matter_id = ?::uuid")
                .param(matterPath.substring("/arenden/".length())).query(String.class).single();
        new Select(driver.findElement(By.id("code"))).selectByValue("FAMILY_TREATMENT");
        new Select(driver.findElement(By.id("decisionId"))).selectByValue(decision);
        driver.findElement(By.id("providerKind-INTERNAL")).click();
        driver.findElement(By.id("providerName")).sendKeys("Familjebehandlarna Ekdalen");
        new Select(driver.findElement(By.id("responsibleWorkerId"))).selectByVisibleText("Lena Falk");
        driver.findElement(By.id("goals")).sendKeys("Lugnare morgnar och frukost före skolan.");
        submit("goals", page);
        WebElement accept = driver.findElement(By.cssSelector("form[action$='/acceptera']"));
        walk.go(accept.findElement(By.cssSelector("button[type=submit]"))::click, Walk.path(page));
        assertThat(driver.findElement(By.cssSelector("article.intervention")).getText()).contains("accepterad", "Lena Falk");
        walk.check("insats-accepterad");
    }

    /** Submits the form that holds the field, and waits to be back on the page. */
    private void submit(String fieldId, String page) {
        WebElement form = driver.findElement(By.id(fieldId)).findElement(By.xpath("ancestor::form"));
        walk.go(form.findElement(By.cssSelector("button[type=submit]"))::click, Walk.path(page));
        assertThat(driver.findElements(By.cssSelector(".error-summary, .notice--conflict"))).as("saved without refusal")
                .extracting(WebElement::getText).isEmpty();
    }

    private void protect(String reportPath, Child child) {
        WebElement form = childPart(child).findElement(By.cssSelector("form[action$='/skyddsbedomning']"));
        form.findElement(By.cssSelector("input[name=immediateProtectionNeeded][value=false]")).click();
        form.findElement(By.cssSelector("textarea[name=reasoning]"))
                .sendKeys("Barnen är i skolan och en förälder hämtar dem i dag. Ingen uppgift om våld.");
        walk.go(form.findElement(By.cssSelector("button"))::click, Walk.path(reportPath));
        assertThat(childPart(child).getText()).contains("Inget behov av omedelbart skydd");
    }

    private void decide(String reportPath, Child child, String outcome, String levelField, String level, String referredTo) {
        WebElement form = childPart(child).findElement(By.cssSelector("form[action$='/forhandsbedomning']"));
        form.findElement(By.cssSelector("input[name=outcome][value=" + outcome + "]")).click();
        form.findElement(By.cssSelector("input[name=" + levelField + "][value=" + level + "]")).click();
        if (referredTo != null) {
            new Select(form.findElement(By.cssSelector("select[name=referralActorKind]")))
                    .selectByValue("SCHOOL");
            form.findElement(By.cssSelector("input[name=referralActorName]")).sendKeys(referredTo);
            form.findElement(By.cssSelector("textarea[name=referralPurpose]")).sendKeys("Samtalsstöd i skolan");
        }
        form.findElement(By.cssSelector("textarea[name=reasoning]")).sendKeys("Skolans uppgifter beskriver brister över tid.");
        walk.go(form.findElement(By.cssSelector("button[type=submit]"))::click, Walk.path(reportPath));
    }

    private WebElement childPart(Child child) {
        return driver.findElements(By.cssSelector("section.child-part")).stream()
                .filter(s -> s.findElement(By.tagName("h3")).getText().contains(child.number()))
                .findFirst().orElseThrow(() -> new AssertionError("no section for " + child));
    }

    private List<WebElement> rowsFor(String reportPath) {
        return driver.findElements(By.cssSelector("main table tbody tr")).stream()
                .filter(r -> r.findElement(By.cssSelector("a")).getDomAttribute("href").startsWith(reportPath + "#"))
                .toList();
    }

    /** Demo siblings aged 6-12, neither protected nor with an open matter (other test classes share the database). */
    private List<Child> twoSchoolAgeSiblingsWithoutOpenMatters() {
        return JdbcClient.create(dataSource).sql("""
                        select a.personal_identity_number, a.given_name || ' ' || a.family_name,
                               b.personal_identity_number, b.given_name || ' ' || b.family_name
                        from person_relation r join person a on a.id = r.person_id join person b on b.id = r.related_person_id
                        where r.type = 'SIBLING'
                          and not a.protected_identity and not b.protected_identity
                          and not a.coordination_number and not b.coordination_number
                          and a.personal_identity_number is not null and b.personal_identity_number is not null
                          and extract(year from age(current_date, a.birth_date)) between 6 and 12
                          and extract(year from age(current_date, b.birth_date)) between 6 and 12
                          and not exists (select 1 from matter m where m.person_id in (a.id, b.id) and m.closed_on is null)
                        order by a.personal_identity_number limit 1""")
                .query((rs, n) -> List.of(new Child(formatted(rs.getString(1)), rs.getString(2)),
                        new Child(formatted(rs.getString(3)), rs.getString(4))))
                .optional().orElseThrow(() -> new AssertionError("no demo siblings aged 6-12 without an open matter"));
    }

    private static String formatted(String twelveDigits) {
        return twelveDigits.substring(0, 8) + "-" + twelveDigits.substring(8);
    }

    private void fill(String id, String text) {
        driver.findElement(By.id(id)).sendKeys(text);
        inputs++;
    }

    private void click(String id) {
        driver.findElement(By.id(id)).click();
        inputs++;
    }
}
