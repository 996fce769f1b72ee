package se.helhet.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import se.helhet.support.Api;
import se.helhet.support.WebSession;

/** Surveys made through the API as the unit manager, and answers given through the public page. */
final class SurveyFixture {

    /** Years far from the demo's, one per survey, so tests never meet each other's surveys. */
    private static final AtomicInteger YEARS = new AtomicInteger(2040);

    private final int port;
    private final Api chef;

    SurveyFixture(int port) {
        this.port = port;
        this.chef = Api.as(port, "chef");
    }

    static int nextYear() {
        return YEARS.getAndIncrement();
    }

    /** A survey to parents with one scale question (key) and one free-text question (key-text), open. */
    String openSurvey(String key) {
        return openSurvey("PARENTS", nextYear(), key);
    }

    String openSurvey(String audience, int year, String key) {
        String id = draft(audience, year, null);
        addQuestion(id, key, "LIKERT", "Tar handläggaren hänsyn till hela familjen?");
        addQuestion(id, key + "-text", "FREE_TEXT", "Vad kan bli bättre?");
        open(id);
        return id;
    }

    void open(String id) {
        assertThat(chef.post("/api/v1/surveys/" + id + "/open", "").status()).isEqualTo(200);
    }

    void close(String id) {
        assertThat(chef.post("/api/v1/surveys/" + id + "/close", "").status()).isEqualTo(200);
    }

    String draft(String audience, int year, String copyFrom) {
        Api.Response created = chef.post("/api/v1/surveys", Api.json("{'audience':'%s','year':%d,'title':'Test %d'%s}",
                audience, year, year, copyFrom == null ? "" : ",'copyFrom':'" + copyFrom + "'"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    void addQuestion(String id, String key, String kind, String text) {
        Api.Response added = chef.post("/api/v1/surveys/" + id + "/questions",
                Api.json("{'key':'%s','kind':'%s','text':'%s'}", key, kind, text));
        assertThat(added.status()).as(added.body()).isEqualTo(200);
    }

    List<String> codes(String id, int count) {
        Api.Response made = chef.post("/api/v1/surveys/" + id + "/codes", "{\"count\":" + count + "}");
        assertThat(made.status()).as(made.body()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        made.json().get("codes").forEach(c -> codes.add(c.asString()));
        return codes;
    }

    /** One paper questionnaire with these answers by question key. */
    void paper(String id, String answersJson) {
        Api.Response entered = chef.post("/api/v1/surveys/" + id + "/paper-responses", "{\"answers\":" + answersJson + "}");
        assertThat(entered.status()).as(entered.body()).isEqualTo(201);
    }

    /** Enters the code on the public page and sends these fields; the page the answer ends on. */
    WebSession.Page answer(String code, Map<String, String> fields) {
        WebSession visitor = WebSession.anonymous(port);
        visitor.get("/svar");
        WebSession.Page questions = visitor.post("/svar", Map.of("code", code));
        if (questions.status() != 200 || !questions.body().contains("/svar/skicka")) {
            return questions;
        }
        var all = new java.util.HashMap<String, String>(fields);
        all.put("code", code);
        return visitor.post("/svar/skicka", all);
    }
}
