package se.helhet.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

@HelhetTest
class SurveyAnswerTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    CodeThrottle throttle;

    @Test
    void aParentAnswersWithACodeWithoutLoggingInAndTheCodeWorksOnce() {
        var surveys = new SurveyFixture(port);
        String id = surveys.openSurvey("once");
        String code = surveys.codes(id, 1).getFirst();

        WebSession.Page sent = surveys.answer(code.toLowerCase().replace("-", " "), Map.of("q-once", "4",
                "q-once-text", "Mer tid för varje familj."));

        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.location()).endsWith("/svar/tack");
        assertThat(jdbc().sql("""
                        select count(*) from survey_answer a join survey_response r on r.id = a.response_id
                        where r.survey_id = ?::uuid and r.channel = 'CODE'""").param(id).query(Long.class).single())
                .isEqualTo(2);
        WebSession.Page again = surveys.answer(code, Map.of("q-once", "1"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("Koden finns inte eller är redan använd").doesNotContain("/svar/skicka");
    }

    @Test
    void aWrongCodeIsNamedBesideTheFieldAndKeepsWhatWasTyped() {
        WebSession visitor = WebSession.anonymous(port);
        assertThat(visitor.get("/svar").body()).contains("Engångskod", "anonyma");

        WebSession.Page page = visitor.post("/svar", Map.of("code", "ABCDE-FGHJK"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Koden finns inte eller är redan använd", "value=\"ABCDE-FGHJK\"",
                "aria-invalid=\"true\"");
    }

    @Test
    void theAnswerHasNoLinkToTheCodeTheUserOrTheTime() {
        var surveys = new SurveyFixture(port);
        String id = surveys.openSurvey("anonymity");
        List<String> codes = surveys.codes(id, 3);
        for (String code : codes) {
            assertThat(surveys.answer(code, Map.of("q-anonymity", "3")).status()).isEqualTo(302);
        }

        assertThat(columns("survey_response")).containsExactlyInAnyOrder("id", "survey_id", "channel");
        assertThat(columns("survey_answer")).containsExactlyInAnyOrder("response_id", "question_id", "step", "free_text");
        assertThat(jdbc().sql("""
                        select confrelid::regclass::text from pg_constraint
                        where contype = 'f' and conrelid in ('survey_response'::regclass, 'survey_answer'::regclass)""")
                .query(String.class).list()).containsExactlyInAnyOrder("survey", "survey_response", "survey_question");
        // Every response is written again with each new one: all carry one transaction number, that of the last
        // code used, so the number pairs no response with its code and orders none in time.
        List<String> stamps = jdbc().sql("select distinct xmin::text from survey_response where survey_id = ?::uuid")
                .param(id).query(String.class).list();
        assertThat(stamps).hasSize(1);
        assertThat(jdbc().sql("select count(*) from survey_code where survey_id = ?::uuid and used and xmin::text = ?")
                .params(id, stamps.getFirst()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc().sql("""
                        select count(distinct a.xmin::text) from survey_answer a join survey_response r on r.id = a.response_id
                        where r.survey_id = ?::uuid""").param(id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void wrongCodesFromOneClientAreStoppedForAWhileEvenBeforeARightOne() {
        var surveys = new SurveyFixture(port);
        String id = surveys.openSurvey("throttle");
        String code = surveys.codes(id, 1).getFirst();
        throttle.forgetAll();
        try {
            WebSession visitor = WebSession.anonymous(port);
            visitor.get("/svar");
            for (int i = 0; i < CodeThrottle.MAX_WRONG; i++) {
                assertThat(visitor.post("/svar", Map.of("code", "WRONG-CODE" + i)).body()).contains("Koden finns inte");
            }

            WebSession.Page right = visitor.post("/svar", Map.of("code", code));

            assertThat(right.body()).contains("För många felaktiga koder").doesNotContain("/svar/skicka");
        } finally {
            throttle.forgetAll();
        }
        assertThat(surveys.answer(code, Map.of("q-throttle", "2")).status()).isEqualTo(302);
    }

    @Test
    void theQuestionsComeBackWithWhatWasWrittenWhenNothingIsChosenAndTheCodeStaysUnused() {
        var surveys = new SurveyFixture(port);
        String id = surveys.openSurvey("nothing");
        String code = surveys.codes(id, 1).getFirst();

        WebSession.Page page = surveys.answer(code, Map.of("q-nothing", "7", "q-nothing-text", "Bra bemötande"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Välj ett av svarsalternativen 1-5", "Bra bemötande</textarea>",
                "Skriv inga namn")
                .containsPattern("<fieldset[^>]*id=\"q-nothing\"[^>]*aria-describedby=\"q-nothing-error\"")
                .contains("<p class=\"field-error\" id=\"q-nothing-error\">Välj ett av svarsalternativen 1-5");
        assertThat(surveys.answer(code, Map.of("q-nothing", "5")).status()).isEqualTo(302);
    }

    @Test
    void staffEnterPaperQuestionnairesOneAtATimeAndTheyCountAsPaper() {
        var surveys = new SurveyFixture(port);
        String id = surveys.openSurvey("paper");
        WebSession chef = WebSession.loggedInAs(port, "chef");
        assertThat(chef.get("/enkater/" + id + "/papper").body()).contains("Pappersenkät", "name=\"q-paper\"");

        WebSession.Page saved = chef.post("/enkater/" + id + "/papper", Map.of("q-paper", "2", "q-paper-text", ""));

        assertThat(saved.status()).isEqualTo(302);
        assertThat(chef.get(saved.location().replaceFirst("^https?://[^/]+", "")).body())
                .contains("Pappersenkäten är sparad");
        assertThat(jdbc().sql("select channel from survey_response where survey_id = ?::uuid").param(id)
                .query(String.class).list()).containsExactly("PAPER");
        assertThat(WebSession.loggedInAs(port, "socsek").get("/enkater/" + id + "/papper").status()).isEqualTo(403);
    }

    /** Tests share one server and one client address: no test leaves wrong codes counted for the next. */
    @AfterEach
    void forgetWrongCodes() {
        throttle.forgetAll();
    }

    private List<String> columns(String table) {
        return jdbc().sql("select column_name from information_schema.columns where table_name = ?")
                .param(table).query(String.class).list();
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }
}
