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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.support.HelhetTest;

/**
 * The two-sibling flow from report to started intervention, only through the pages: a school reports concern about
 * two siblings; the intake worker assesses both at once (protection, then preliminary: one child's investigation
 * opens, the other is referred to the school's student health); the unit manager appoints the investigator from
 * the matter page and saves a plan; the investigator records a signed conversation with the child and describes a
 * BBIC area; the unit manager records the communication and grants family treatment, and offers it from the
 * decision with a family therapist as responsible; the family accepts and the intervention starts.
 * <p>
 * The work is counted and printed (CASEFLOW-METRIC): every field typed or chosen is an input, every page the
 * browser loads for the work is a page load (a link followed, a form sent, an address opened; an htmx swap that
 * replaced the page's content would be one too). Not counted: logging in, since each person's work starts at
 * their start page, and the test's own looks along the way (the worklist, the timeline, a refused form).
 * Every page: a screenshot (target/screenshots/caseflow-*.png) and axe-core, failing on serious or critical.
 */
@HelhetTest
class CaseFlowInBrowserTest {

    /** At most half of what the walkthrough that found the friction counted (62 inputs, 36 page loads). */
    private static final int MAX_INPUTS = 31;
    private static final int MAX_PAGE_LOADS = 18;

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
    void twoSiblingsGoFromReportToAStartedInterventionInHalfTheWork() {
        List<Child> siblings = twoSchoolAgeSiblingsWithoutOpenMatters();
        Child first = siblings.get(0);
        Child second = siblings.get(1);
        walk.logIn("mottagning");
        assertThat(driver.findElement(By.cssSelector("section[aria-labelledby=intake-h] h2")).getText())
                .isEqualTo("Mottagningens steg, mest bråttom först");
        walk.check("start");

        load(driver.findElement(By.cssSelector("nav a[href='/anmalningar/ny']"))::click, Walk.path("/anmalningar/ny"));
        assertThat(driver.findElement(By.id("kind")).isSelected()).as("orosanmälan is the default").isTrue();
        assertThat(driver.findElement(By.id("receivedAt")).getDomProperty("value")).as("received now")
                .startsWith(LocalDate.now(ZoneId.of("Europe/Stockholm")).toString());
        walk.check("ny");
        type(driver.findElement(By.id("children")), first.number() + "\n" + second.number());
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("#children-preview li strong")).size() == 2);
        assertThat(driver.findElement(By.id("children-preview")).getText()).contains(first.name(), second.name());
        select(driver.findElement(By.id("reporterCategory")), "SCHOOL");
        type(driver.findElement(By.id("reporterOrganisation")), "Ekbackens skola");
        type(driver.findElement(By.id("reporterName")), "Kim Rektor");
        type(driver.findElement(By.id("reporterContact")), "08-123 456 78");
        choose(driver.findElement(By.id("reason-NEGLECT")));
        choose(driver.findElement(By.id("reason-SCHOOL_PROBLEMS")));
        type(driver.findElement(By.id("description")),
                "Syskonen kommer ofta till skolan utan frukost och har varit frånvarande mycket.");
        walk.check("ny-ifylld");
        load(driver.findElement(By.cssSelector("main form button[type=submit]"))::click,
                d -> URI.create(d.getCurrentUrl()).getPath().matches("/anmalningar/[0-9a-f-]{36}"));
        String reportPath = URI.create(driver.getCurrentUrl()).getPath();
        assertThat(driver.findElement(By.cssSelector("main .flash")).getText()).startsWith("Anmälan är registrerad");
        assertThat(driver.findElements(By.cssSelector("section.child-part h3")).stream().map(WebElement::getText))
                .as("the children in the order entered").satisfiesExactly(
                        h -> assertThat(h).contains(first.number()), h -> assertThat(h).contains(second.number()));
        walk.check("anmalan");
        intakeWorklistShowsTheReport(reportPath, "Skyddsbedömning", 2);

        walk.go(driver.findElement(By.cssSelector("#alla-barnen form[action$='/skyddsbedomning'] button"))::click,
                Walk.path(reportPath + "/skyddsbedomning"));
        assertThat(driver.findElements(By.cssSelector(".error-summary li"))).as("nothing chosen, nothing written").hasSize(2);
        walk.check("skydd-fel");
        WebElement protection = driver.findElement(By.cssSelector("#alla-barnen form[action$='/skyddsbedomning']"));
        choose(protection.findElement(By.id("alla-immediateProtectionNeeded-no")));
        type(protection.findElement(By.id("alla-protectionReasoning")),
                "Barnen är i skolan och en förälder hämtar dem i dag. Ingen uppgift om våld.");
        load(protection.findElement(By.cssSelector("button"))::click, Walk.path(reportPath));
        assertThat(childPart(first).getText()).contains("Inget behov av omedelbart skydd");
        assertThat(childPart(second).getText()).contains("Inget behov av omedelbart skydd");
        walk.check("skydd-klar");

        WebElement preliminary = driver.findElement(By.cssSelector("#alla-barnen form[action$='/forhandsbedomning']"));
        select(preliminary.findElement(By.id("alla-c1-decision")), "OPEN_INVESTIGATION:ORANGE");
        select(preliminary.findElement(By.id("alla-c2-decision")), "NO_INVESTIGATION:GREEN");
        select(preliminary.findElement(By.id("alla-c2-referralActorKind")), "SCHOOL");
        type(preliminary.findElement(By.id("alla-c2-referralActorName")), "Elevhälsan på Ekbackens skola");
        type(preliminary.findElement(By.id("alla-c2-referralPurpose")), "Samtalsstöd i skolan");
        type(preliminary.findElement(By.id("alla-reasoning")), "Skolans uppgifter beskriver brister över tid.");
        walk.check("forhand-alla");
        load(preliminary.findElement(By.cssSelector("button[type=submit]"))::click, Walk.path(reportPath));
        assertThat(childPart(first).getText()).contains("Utredning inleds", "orange");
        assertThat(childPart(second).getText()).contains("Ingen utredning", "grön", "Elevhälsan på Ekbackens skola");
        walk.check("forhand-klar");

        walk.go(childPart(first).findElement(By.linkText("Öppna ärendet"))::click, d -> d.getCurrentUrl().contains("/arenden/"));
        String legalDue = LocalDate.now(ZoneId.of("Europe/Stockholm")).plusMonths(4).toString();
        assertThat(driver.findElement(By.cssSelector(".matter-header")).getText())
                .contains(first.name(), first.number(), "orange", "ingen ansvarig");
        assertThat(driver.findElement(By.cssSelector("table.timeline")).getText()).contains("Orosanmälan från skola",
                "Skyddsbedömning: inget behov av omedelbart skydd", "Förhandsbedömning", "utredning inleds",
                "Utredning inledd, nivå orange. Sista dag enligt lag " + legalDue);
        String matterPath = URI.create(driver.getCurrentUrl()).getPath();
        intakeWorklistShowsTheReport(reportPath, "", 0);

        managerAppointsTheInvestigator(matterPath);
        investigatorHearsTheChildAndDescribesAnArea(matterPath);
        managerDecidesAndOffersTheIntervention(matterPath);

        System.out.println("CASEFLOW-METRIC report-to-started-intervention inputs=" + inputs + " pageLoads=" + pageLoads);
        assertThat(inputs).as("inputs from report to started intervention").isLessThanOrEqualTo(MAX_INPUTS);
        assertThat(pageLoads).as("page loads from report to started intervention").isLessThanOrEqualTo(MAX_PAGE_LOADS);
    }

    /** The test's own look at the intake worklist: the report's rows still waiting for a step (not counted). */
    private void intakeWorklistShowsTheReport(String reportPath, String step, int rows) {
        walk.go(driver.findElement(By.cssSelector("nav a[href='/mottagning']"))::click, Walk.path("/mottagning"));
        assertThat(rowsFor(reportPath)).hasSize(rows).allMatch(r -> r.getText().contains(step));
        walk.check(rows == 0 ? "mottagning-efter" : "mottagning-fore");
        walk.go(() -> walk.open(reportPath), Walk.path(reportPath));
    }

    /** The unit manager, from the start page: the matter without anybody responsible, its next step, the plan. */
    private void managerAppointsTheInvestigator(String matterPath) {
        walk.logOut();
        walk.logIn("chef");
        assertThat(driver.findElement(By.cssSelector("section[aria-labelledby=team-h]")).getText())
                .contains("Ärenden utan ansvarig", "Jonas Ekström");
        walk.check("start-chef");
        follow("section[aria-labelledby=team-h] a[href='" + matterPath + "']", matterPath);
        assertThat(driver.findElement(By.id("nasta-steg")).getText()).contains("Nästa steg",
                "Utredningen är inledd men har ingen utredare.");
        walk.check("arende-nasta-steg");
        select(driver.findElement(By.id("investigatorId")), "Jonas Ekström");
        String page = matterPath + "/utredning";
        load(driver.findElement(By.cssSelector("#nasta-steg form[action$='/utredare'] button"))::click, Walk.path(page));
        assertThat(driver.findElement(By.cssSelector(".matter-header")).getText()).contains("Jonas Ekström");
        assertThat(driver.findElement(By.cssSelector("nav.casefile-nav a[aria-current=page]")).getText()).isEqualTo("Utredning");
        walk.check("utredning");
        type(driver.findElement(By.id("plan")), "Samtal med barnen, föräldrarna och skolan inom två veckor.");
        submit("plan", page);
        assertThat(driver.findElement(By.id("plan")).getDomProperty("value")).startsWith("Samtal med barnen");
    }

    /**
     * The investigator, responsible once appointed, from the start page: the conversation with the child, written
     * from the investigation's link with its type chosen, saved and signed at once, back on the investigation;
     * one BBIC area described and saved in place. The page then says the child has been heard and, the report
     * having come from a school, that the school has not been contacted yet.
     */
    private void investigatorHearsTheChildAndDescribesAnArea(String matterPath) {
        walk.logOut();
        walk.logIn("socsek");
        String page = matterPath + "/utredning";
        follow("section[aria-labelledby=mine-h] a[href='" + page + "']", page);
        String notes = matterPath + "/anteckningar";
        load(driver.findElement(By.linkText("Skriv en anteckning om samtalet"))::click, Walk.pathStartingWith(notes));
        assertThat(driver.findElement(By.id("type")).isSelected()).as("the conversation with the child is chosen").isTrue();
        walk.check("anteckning-ny");
        type(driver.findElement(By.id("minutesSpent")), "40");
        type(driver.findElement(By.id("text")), "Samtal på skolan i elevhälsans rum. Barnet fick veta varför vi träffas.");
        choose(driver.findElement(By.id("childInformed")));
        type(driver.findElement(By.id("childViews")), "Jag är hungrig på förmiddagarna. Jag vill att mamma och pappa får hjälp.");
        load(driver.findElement(By.cssSelector("#ny-anteckning button[name=signera]"))::click, Walk.path(page));
        assertThat(driver.findElement(By.cssSelector("main .flash")).getText()).contains("sparad och signerad");
        assertThat(contact("Samtal med barnet")).startsWith("ja");
        assertThat(contact("Kontakt med skola/förskola")).startsWith("inte ännu");

        assertThat(driver.findElement(By.id("barnets-behov")).getText()).contains("Kort utredning", "Barnets utveckling",
                "Föräldrarnas förmåga", "Familj och miljö");
        WebElement area = driver.findElement(By.id("omrade-EDUCATION"));
        assertThat(area.getDomAttribute("open")).as("areas start collapsed").isNull();
        area.findElement(By.tagName("summary")).click();
        type(driver.findElement(By.id("description-EDUCATION")), "Hög frånvaro på måndagar enligt mentorn; orkar sällan före lunch.");
        type(driver.findElement(By.id("childView-EDUCATION")), "Jag gillar skolan men är trött och hungrig.");
        type(driver.findElement(By.id("needs-EDUCATION")), "Frukost och en lugn start på dagen; stöd av elevhälsan.");
        WebElement document = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector("#omrade-EDUCATION form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#omrade-EDUCATION .area__saved")).size() == 1);
        assertThat(ExpectedConditions.stalenessOf(document).apply(driver)).as("saved without a page load").isFalse();
        assertThat(driver.findElement(By.cssSelector("#omrade-EDUCATION .area__saved")).getText()).contains("Skola och lärande");
        assertThat(driver.findElement(By.cssSelector("#omrade-EDUCATION > summary")).getText())
                .contains("Skola och lärande", "beskrivet").doesNotContain("inte beskrivet");
        assertThat(driver.findElement(By.id("description-EDUCATION")).getDomProperty("value")).startsWith("Hög frånvaro");
        walk.check("utredning-barnets-behov");
    }

    /**
     * The unit manager records the communication and grants family treatment; the decision's "Erbjud insatsen"
     * opens the offer with the intervention and the decision chosen; the family accepts and it starts.
     */
    private void managerDecidesAndOffersTheIntervention(String matterPath) {
        walk.logOut();
        walk.logIn("chef");
        String page = matterPath + "/utredning";
        load(() -> walk.open(page), Walk.path(page));
        type(driver.findElement(By.id("comments")), "Föräldrarna instämmer och vill ha stöd.");
        submit("comments", page);
        walk.check("utredning-kommunicerad");

        choose(driver.findElement(By.id("outcome")));
        select(driver.findElement(By.id("interventionCode")), "FAMILY_TREATMENT");
        type(driver.findElement(By.id("reasons")), "Familjen behöver stöd i vardagen och har själv bett om det.");
        submit("reasons", page);
        assertThat(driver.findElement(By.cssSelector("#beslut .letter")).getText()).contains("Familjen behöver stöd i vardagen");
        walk.check("beslut");

        String interventions = matterPath + "/insatser";
        load(driver.findElement(By.linkText("Erbjud insatsen"))::click, Walk.pathStartingWith(interventions));
        String decision = JdbcClient.create(dataSource).sql("select id::text from decision where matter_id = ?::uuid")
                .param(matterPath.substring("/arenden/".length())).query(String.class).single();
        assertThat(new Select(driver.findElement(By.id("code"))).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo("FAMILY_TREATMENT");
        assertThat(new Select(driver.findElement(By.id("decisionId"))).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo(decision);
        assertThat(driver.findElement(By.id("providerKind-INTERNAL")).isSelected()).isTrue();
        walk.check("insats-fran-beslut");
        select(driver.findElement(By.id("responsibleWorkerId")), "Lena Falk");
        type(driver.findElement(By.id("goals")), "Lugnare morgnar och frukost före skolan.");
        load(driver.findElement(By.cssSelector("#erbjud button[type=submit]"))::click, Walk.path(interventions));
        assertThat(driver.findElement(By.cssSelector("article.intervention")).getText())
                .contains("Barn och unga – pilotteamet Ekdalen (egen regi)", "Lena Falk");
        step("acceptera", interventions);
        assertThat(driver.findElement(By.cssSelector("article.intervention")).getText()).contains("accepterad");
        step("paborja", interventions);
        assertThat(driver.findElement(By.cssSelector("article.intervention")).getText()).contains("påbörjad", "Lena Falk");
        walk.check("insats-paborjad");
    }

    /** The intervention's next step, dated today as the form proposes. */
    private void step(String slug, String page) {
        WebElement form = driver.findElement(By.cssSelector("form[action$='/" + slug + "']"));
        load(form.findElement(By.cssSelector("button[type=submit]"))::click, Walk.path(page));
    }

    /** What the investigation page says about a contact (the child, the school), in words. */
    private String contact(String label) {
        return driver.findElement(By.xpath("//section[@id='kontakter']//dt[normalize-space()='" + label
                + "']/following-sibling::dd[1]")).getText();
    }

    /** Submits the form that holds the field, and waits to be back on the page: one page load. */
    private void submit(String fieldId, String page) {
        WebElement form = driver.findElement(By.id(fieldId)).findElement(By.xpath("ancestor::form"));
        load(form.findElement(By.cssSelector("button[type=submit]"))::click, Walk.path(page));
        assertThat(driver.findElements(By.cssSelector(".error-summary, .notice--conflict"))).as("saved without refusal")
                .extracting(WebElement::getText).isEmpty();
    }

    /**
     * Follows the start page's link to the page; a list that shows only the most urgent may not hold it, and then
     * the page is opened by its address, which is as much work.
     */
    private void follow(String link, String page) {
        List<WebElement> links = driver.findElements(By.cssSelector(link));
        load(links.isEmpty() ? () -> walk.open(page) : links.getFirst()::click, Walk.path(page));
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

    private void load(Runnable action, java.util.function.Predicate<org.openqa.selenium.WebDriver> arrived) {
        walk.go(action, arrived);
        pageLoads++;
    }

    private void type(WebElement field, String text) {
        field.sendKeys(text);
        inputs++;
    }

    private void choose(WebElement radioOrCheckbox) {
        radioOrCheckbox.click();
        inputs++;
    }

    /** Chooses an option by its value, or by its text where the value is an id. */
    private void select(WebElement select, String valueOrText) {
        Select options = new Select(select);
        if (select.findElements(By.cssSelector("option[value='" + valueOrText + "']")).isEmpty()) {
            options.selectByVisibleText(valueOrText);
        } else {
            options.selectByValue(valueOrText);
        }
        inputs++;
    }
}
