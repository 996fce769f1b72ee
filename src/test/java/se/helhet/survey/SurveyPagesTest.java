package se.helhet.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

@HelhetTest
class SurveyPagesTest {

    private static final Pattern SURVEY_LINK = Pattern.compile("href=\"/enkater/([0-9a-f-]{36})\">([^<]+)</a>");

    @LocalServerPort
    int port;

    @Test
    void theDemoHasLastYearsSurveysAndThisYearsOpenOnesWithCodesShownOnlyToTheUnitManager() {
        WebSession chef = WebSession.loggedInAs(port, "chef");
        String list = chef.get("/enkater").body();
        assertThat(list).contains("Föräldraenkät", "Medarbetarenkät om samordnat arbete", "Öppen för svar", "Stängd");
        String open = surveyNamed(list, "Föräldraenkät " + java.time.Year.now().getValue());

        String page = chef.get("/enkater/" + open).body();

        assertThat(page).contains("Demokoder som ännu inte använts", "Tar socialtjänsten hänsyn till hela familjens situation");
        Matcher code = Pattern.compile("<code>([A-Z2-9]{5}-[A-Z2-9]{5})</code>").matcher(page);
        assertThat(code.find()).isTrue();
        assertThat(WebSession.loggedInAs(port, "analytiker").get("/enkater/" + open).body())
                .doesNotContain(code.group(1), "Demokoder");
        assertThat(new SurveyFixture(port).answer(code.group(1), Map.of("q-hela-familjen", "4")).status()).isEqualTo(302);
        assertThat(chef.get("/enkater/" + open).body()).doesNotContain(code.group(1));
    }

    @Test
    void resultsShowEachQuestionWithItsYearOverYearChartAndTable() {
        WebSession analyst = WebSession.loggedInAs(port, "analytiker");
        String staff = surveyNamed(analyst.get("/enkater").body(),
                "Medarbetarenkät om samordnat arbete " + (java.time.Year.now().getValue() - 1));

        String page = analyst.get("/enkater/" + staff + "/resultat").body();

        assertThat(page).contains("69 svar", "Rådgör du med den andra handläggaren", "Medelvärde")
                .containsPattern("<svg[^>]*role=\"img\"")
                .contains("<th scope=\"row\">5 Alltid</th>", "Siffrorna i tabellform",
                        "Fritexter kan innehålla namn");
        assertThat(WebSession.loggedInAs(port, "admin").get("/enkater/" + staff + "/resultat").body())
                .contains("Fritexterna visas bara för enhetschefer och analytiker")
                .doesNotContain("Fritexter kan innehålla namn");
        assertThat(WebSession.loggedInAs(port, "socsek").get("/enkater/" + staff + "/resultat").status()).isEqualTo(403);
    }

    @Test
    void aClosedSurveyWithTooFewAnswersSaysSoAndShowsNothingElse() {
        var surveys = new SurveyFixture(port);
        String id = surveys.openSurvey("page-few");
        for (int i = 0; i < 3; i++) {
            surveys.paper(id, "{\"page-few\":2}");
        }
        surveys.close(id);

        String page = WebSession.loggedInAs(port, "chef").get("/enkater/" + id + "/resultat").body();

        assertThat(page).contains("För få svar (färre än 5)").doesNotContain("<svg", "Medelvärde");
    }

    /** The demo's open surveys this year: the parents' has three answers (four at most), the staff's twelve. */
    @Test
    void thisYearsOpenSurveysShowNoResultsAndNoExactCountOfResponses() {
        WebSession chef = WebSession.loggedInAs(port, "chef");
        String list = chef.get("/enkater").body();
        String parentsTitle = "Föräldraenkät " + java.time.Year.now().getValue();
        String staffTitle = "Medarbetarenkät om samordnat arbete " + java.time.Year.now().getValue();
        assertThat(row(list, parentsTitle)).contains("färre än 5");
        assertThat(row(list, staffTitle)).contains("5 eller fler").doesNotContain(">12<");
        String staff = surveyNamed(list, staffTitle);

        String surveyPage = chef.get("/enkater/" + staff).body();
        String results = chef.get("/enkater/" + staff + "/resultat").body();

        assertThat(surveyPage).contains("5 eller fler", "Resultaten visas när enkäten har stängts")
                .doesNotContain("/resultat\"", ">12<");
        assertThat(results).contains("Resultaten visas när enkäten har stängts")
                .doesNotContain("svar, varav", "Medelvärde", "<svg", "Fritexter");
    }

    @Test
    void theAnswerPageSpeaksEnglishWhenAsked() {
        assertThat(WebSession.anonymous(port).get("/svar?lang=en").body())
                .contains("Answer the survey", "One-time code", "Your answers are anonymous");
    }

    @Test
    void aWrongCodeIsExplainedInEnglishWhenAsked() {
        WebSession respondent = WebSession.anonymousFrom(port, "127.0.0.41");
        respondent.get("/svar?lang=en");

        assertThat(respondent.post("/svar", Map.of("code", "WRONG-CODE")).body())
                .contains("The code does not exist or has already been used.")
                .doesNotContain("Koden finns inte");
    }

    @Test
    void aManagerCreatesASurveyByCopyingLastYearsAndPrintsCodesOnce() {
        WebSession chef = WebSession.loggedInAs(port, "chef");
        String staffLastYear = surveyNamed(chef.get("/enkater").body(),
                "Medarbetarenkät om samordnat arbete " + (java.time.Year.now().getValue() - 1));
        int year = SurveyFixture.nextYear();

        WebSession.Page created = chef.post("/enkater", Map.of("audience", "STAFF", "year", String.valueOf(year),
                "title", "Medarbetarenkät " + year, "copyFrom", staffLastYear));
        assertThat(created.status()).isEqualTo(302);
        String id = created.location().replaceFirst(".*/enkater/", "");
        assertThat(chef.get("/enkater/" + id).body()).contains("Utkast", "radgor-kollega", "Lägg till fråga");
        assertThat(chef.post("/enkater/" + id + "/oppna", Map.of()).status()).isEqualTo(302);

        WebSession.Page codes = chef.post("/enkater/" + id + "/koder", Map.of("count", "3"));

        assertThat(codes.status()).isEqualTo(200);
        assertThat(codes.body()).contains("Skriv ut sidan nu", "/svar");
        assertThat(Pattern.compile("class=\"survey-code\">[A-Z2-9]{5}-[A-Z2-9]{5}<").matcher(codes.body()).results().count())
                .isEqualTo(3);
    }

    @Test
    void aWrongNewSurveyIsShownBesideItsFieldsWithWhatWasTyped() {
        WebSession chef = WebSession.loggedInAs(port, "chef");
        chef.get("/enkater");

        WebSession.Page page = chef.post("/enkater", Map.of("audience", "STAFF", "year", "tjugo", "title", "Min enkät",
                "copyFrom", ""));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Ange året med fyra siffror", "value=\"Min enkät\"", "value=\"tjugo\"");
    }

    @Test
    void theNewSurveysErrorsAreTiedToTheirControls() {
        WebSession chef = WebSession.loggedInAs(port, "chef");
        chef.get("/enkater");

        String page = chef.post("/enkater", Map.of("audience", "CHILDREN", "year", "2050", "title", "Min enkät",
                "copyFrom", "inte-en-enkät")).body();

        assertThat(page).containsPattern("<fieldset[^>]*id=\"audience\"[^>]*aria-describedby=\"audience-error\"")
                .containsPattern("<p class=\"field-error\" id=\"audience-error\">Välj vem enkäten går till")
                .containsPattern("<select id=\"copyFrom\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"copyFrom-hint copyFrom-error\"")
                .containsPattern("<p class=\"field-error\" id=\"copyFrom-error\">Välj en av de tidigare enkäterna");
    }

    @Test
    void theNewQuestionsErrorsAreTiedToTheirControls() {
        var surveys = new SurveyFixture(port);
        String id = surveys.draft("PARENTS", SurveyFixture.nextYear(), null);
        WebSession chef = WebSession.loggedInAs(port, "chef");
        chef.get("/enkater/" + id);

        String noKindNoText = chef.post("/enkater/" + id + "/fragor", Map.of("key", "ny-fraga", "kind", "", "text", ""))
                .body();
        String oneLabel = chef.post("/enkater/" + id + "/fragor", Map.of("key", "ny-fraga", "kind", "LIKERT",
                "text", "Fråga", "label1", "Aldrig", "label2", "", "label3", "", "label4", "", "label5", "")).body();

        assertThat(noKindNoText).containsPattern("<fieldset[^>]*id=\"kind\"[^>]*aria-describedby=\"kind-error\"")
                .contains("<p class=\"field-error\" id=\"kind-error\">")
                .containsPattern("<textarea id=\"text\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"text-error\"")
                .contains("<p class=\"field-error\" id=\"text-error\">");
        assertThat(oneLabel).containsPattern("<fieldset[^>]*id=\"scaleLabels\"[^>]*aria-describedby=\"scaleLabels-error\"")
                .contains("<p class=\"field-error\" id=\"scaleLabels-error\">");
    }

    /** The list's table row of the survey with this title. */
    private static String row(String list, String title) {
        int at = list.indexOf(">" + title + "</a>");
        assertThat(at).as("a row for " + title).isPositive();
        return list.substring(list.lastIndexOf("<tr", at), list.indexOf("</tr>", at));
    }

    private static String surveyNamed(String list, String title) {
        Matcher m = SURVEY_LINK.matcher(list);
        while (m.find()) {
            if (m.group(2).equals(title)) {
                return m.group(1);
            }
        }
        throw new AssertionError("No survey named " + title);
    }
}
