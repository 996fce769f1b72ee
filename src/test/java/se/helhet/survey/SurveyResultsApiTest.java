package se.helhet.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;
import tools.jackson.databind.JsonNode;

@HelhetTest
class SurveyResultsApiTest {

    @LocalServerPort
    int port;

    /** Six answers 1, 2, 2, 4, 5, 5: counts 1, 2, 0, 1, 2; mean 19 / 6; five free texts. */
    @Test
    void countsSharesAndMeanOfEachStepWorkedOutByHand() {
        var surveys = new SurveyFixture(port);
        String id = surveys.openSurvey("by-hand");
        int[] steps = {1, 2, 2, 4, 5, 5};
        for (int i = 0; i < steps.length; i++) {
            surveys.paper(id, i < 5 ? "{\"by-hand\":%d,\"by-hand-text\":\"Text %d\"}".formatted(steps[i], i)
                    : "{\"by-hand\":%d}".formatted(steps[i]));
        }
        surveys.close(id);

        Api.Response results = Api.as(port, "analytiker").get("/api/v1/surveys/" + id + "/results");

        assertThat(results.status()).isEqualTo(200);
        assertThat(results.json().get("responses").asLong()).isEqualTo(6);
        assertThat(results.json().get("paperResponses").asLong()).isEqualTo(6);
        JsonNode scale = results.json().get("questions").get(0);
        assertThat(scale.get("answered").asLong()).isEqualTo(6);
        assertThat(scale.get("mean").asDouble()).isCloseTo(19.0 / 6, within(1e-9));
        assertThat(values(scale.get("steps"), "count")).containsExactly(1.0, 2.0, 0.0, 1.0, 2.0);
        assertThat(values(scale.get("steps"), "share")).containsExactly(1.0 / 6, 2.0 / 6, 0.0, 1.0 / 6, 2.0 / 6);
        assertThat(scale.get("steps").get(0).get("label").asString()).isEqualTo("Inte alls");
        JsonNode text = results.json().get("questions").get(1);
        assertThat(text.get("answered").asLong()).isEqualTo(5);
        assertThat(text.get("freeTexts")).hasSize(5);
    }

    @Test
    void resultsWithFewerThanFiveResponsesAreNotShownToAnyone() {
        var surveys = new SurveyFixture(port);
        String four = surveys.openSurvey("few");
        String five = surveys.openSurvey("few");
        for (int i = 0; i < 4; i++) {
            surveys.paper(four, "{\"few\":5,\"few-text\":\"Kort svar\"}");
            surveys.paper(five, "{\"few\":5,\"few-text\":\"Kort svar\"}");
        }
        surveys.paper(five, "{\"few\":4}");
        surveys.close(four);
        surveys.close(five);

        Api.Response fourResults = Api.as(port, "chef").get("/api/v1/surveys/" + four + "/results");

        assertThat(fourResults.json().get("suppressed").asBoolean()).isTrue();
        assertThat(fourResults.json().get("responses").asLong()).isEqualTo(4);
        assertThat(fourResults.json().get("questions")).isEmpty();
        assertThat(fourResults.body()).doesNotContain("Kort svar");

        Api.Response fiveResults = Api.as(port, "chef").get("/api/v1/surveys/" + five + "/results");
        assertThat(fiveResults.json().get("suppressed").asBoolean()).isFalse();
        assertThat(fiveResults.json().get("questions").get(0).get("mean").asDouble()).isCloseTo(4.8, within(1e-9));
        // Four texts: the question itself has too few answers.
        assertThat(fiveResults.json().get("questions").get(1).get("suppressed").asBoolean()).isTrue();
        assertThat(fiveResults.body()).doesNotContain("Kort svar");
    }

    /** The same key in the years' surveys to parents: 2 answers (suppressed), all 3s, then all 5s. */
    @Test
    void aQuestionIsComparedYearOverYearByItsKeyInSurveysCopiedFromEachOther() {
        var surveys = new SurveyFixture(port);
        int first = SurveyFixture.nextYear();
        SurveyFixture.nextYear();
        SurveyFixture.nextYear();
        String earliest = surveys.openSurvey("PARENTS", first, "yoy-family");
        surveys.paper(earliest, "{\"yoy-family\":1}");
        surveys.paper(earliest, "{\"yoy-family\":1}");
        String middle = copyAndOpen(surveys, first + 1, earliest);
        String latest = copyAndOpen(surveys, first + 2, middle);
        for (int i = 0; i < 5; i++) {
            surveys.paper(middle, "{\"yoy-family\":3}");
            surveys.paper(latest, "{\"yoy-family\":5}");
        }
        surveys.close(earliest);
        surveys.close(middle);
        surveys.close(latest);

        JsonNode trend = Api.as(port, "chef").get("/api/v1/surveys/" + latest + "/results").json().get("yearOverYear").get(0);

        assertThat(trend.get("key").asString()).isEqualTo("yoy-family");
        JsonNode years = trend.get("years");
        assertThat(years).hasSize(3);
        assertThat(years.get(0).get("year").asInt()).isEqualTo(first);
        assertThat(years.get(0).get("suppressed").asBoolean()).isTrue();
        assertThat(years.get(0).get("shares").isNull()).isTrue();
        assertThat(values(years.get(1).get("shares"))).containsExactly(0.0, 0.0, 1.0, 0.0, 0.0);
        assertThat(values(years.get(2).get("shares"))).containsExactly(0.0, 0.0, 0.0, 0.0, 1.0);
        assertThat(years.get(2).get("mean").asDouble()).isEqualTo(5.0);
    }

    /** Results read while answers still come, and read again one answer later, would show that answer alone. */
    @Test
    void anOpenSurveyShowsNoResultsAndOnlyWhetherItHasFiveResponsesUntilItIsClosed() {
        var surveys = new SurveyFixture(port);
        String id = surveys.openSurvey("wait");
        Api chef = Api.as(port, "chef");
        for (int i = 0; i < 4; i++) {
            surveys.paper(id, "{\"wait\":3,\"wait-text\":\"Bara när den är stängd\"}");
        }
        assertThat(listed(chef, id).get("responses").isNull()).isTrue();
        assertThat(listed(chef, id).get("fiveOrMoreResponses").asBoolean()).isFalse();
        surveys.paper(id, "{\"wait\":3,\"wait-text\":\"Bara när den är stängd\"}");

        Api.Response open = chef.get("/api/v1/surveys/" + id + "/results");

        assertThat(open.status()).isEqualTo(409);
        assertThat(open.body()).doesNotContain("Bara när den är stängd", "\"responses\"");
        assertThat(listed(chef, id).get("responses").isNull()).isTrue();
        assertThat(listed(chef, id).get("fiveOrMoreResponses").asBoolean()).isTrue();
        surveys.close(id);
        Api.Response closed = chef.get("/api/v1/surveys/" + id + "/results");
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().get("responses").asLong()).isEqualTo(5);
        assertThat(closed.body()).contains("Bara när den är stängd");
        assertThat(listed(chef, id).get("responses").asLong()).isEqualTo(5);
    }

    @Test
    void yearOverYearLeavesOutAnEarlierSurveyThatIsStillOpen() {
        var surveys = new SurveyFixture(port);
        int first = SurveyFixture.nextYear();
        SurveyFixture.nextYear();
        String stillOpen = surveys.openSurvey("PARENTS", first, "yoy-open");
        String closed = copyAndOpen(surveys, first + 1, stillOpen);
        for (int i = 0; i < 5; i++) {
            surveys.paper(stillOpen, "{\"yoy-open\":2}");
            surveys.paper(closed, "{\"yoy-open\":4}");
        }
        surveys.close(closed);

        JsonNode trend = Api.as(port, "chef").get("/api/v1/surveys/" + closed + "/results").json().get("yearOverYear").get(0);

        assertThat(trend.get("years")).hasSize(1);
        assertThat(trend.get("years").get(0).get("year").asInt()).isEqualTo(first + 1);
    }

    @Test
    void onlyTheRolesThatRunOrReadSurveysReachThem() {
        var surveys = new SurveyFixture(port);
        String id = surveys.openSurvey("access");
        surveys.close(id);

        Api.Response socialWorker = Api.as(port, "socsek").get("/api/v1/surveys");
        assertThat(socialWorker.status()).isEqualTo(403);
        assertThat(socialWorker.contentType()).startsWith("application/problem+json");
        assertThat(Api.as(port, "analytiker").post("/api/v1/surveys",
                "{\"audience\":\"STAFF\",\"year\":2099,\"title\":\"x\"}").status()).isEqualTo(403);
        assertThat(Api.as(port, "admin").post("/api/v1/surveys/" + id + "/codes", "{\"count\":2}").status()).isEqualTo(403);
        assertThat(Api.as(port, "analytiker").post("/api/v1/surveys/" + id + "/codes", "{\"count\":2}").status()).isEqualTo(403);
        assertThat(Api.as(port, "admin").get("/api/v1/surveys/" + id + "/results").status()).isEqualTo(200);
        assertThat(Api.anonymous(port).get("/api/v1/surveys").status()).isEqualTo(401);
    }

    @Test
    void administratorsSeeNumbersButNotTheFreeTexts() {
        var surveys = new SurveyFixture(port);
        String id = surveys.openSurvey("admin-texts");
        for (int i = 0; i < 5; i++) {
            surveys.paper(id, "{\"admin-texts\":3,\"admin-texts-text\":\"Synligt för chef\"}");
        }
        surveys.close(id);

        assertThat(Api.as(port, "admin").get("/api/v1/surveys/" + id + "/results").body()).doesNotContain("Synligt för chef");
        assertThat(Api.as(port, "chef").get("/api/v1/surveys/" + id + "/results").body()).contains("Synligt för chef");
    }

    @Test
    void wrongInputIsNamedFieldByFieldAsProblemJson() {
        var surveys = new SurveyFixture(port);
        Api chef = Api.as(port, "chef");

        Api.Response created = chef.post("/api/v1/surveys", "{\"audience\":\"CHILDREN\",\"year\":1800,\"title\":\"\"}");
        assertThat(created.status()).isEqualTo(400);
        assertThat(created.contentType()).startsWith("application/problem+json");
        assertThat(fields(created)).containsExactly("audience", "year", "title");

        String id = surveys.openSurvey("problems");
        assertThat(fields(chef.post("/api/v1/surveys/" + id + "/paper-responses", "{\"answers\":{\"problems\":9}}")))
                .containsExactly("answers.problems");
        assertThat(chef.post("/api/v1/surveys/" + id + "/questions",
                "{\"key\":\"late\",\"kind\":\"LIKERT\",\"text\":\"För sent\"}").status()).isEqualTo(409);
        assertThat(fields(chef.post("/api/v1/surveys/" + id + "/codes", "{\"count\":501}"))).containsExactly("count");
        int year = SurveyFixture.nextYear();
        surveys.draft("STAFF", year, null);
        assertThat(fields(chef.post("/api/v1/surveys", Api.json("{'audience':'STAFF','year':%d,'title':'Igen'}", year))))
                .containsExactly("year");
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        assertThat(Api.anonymous(port).get("/v3/api-docs").body())
                .contains("/api/v1/surveys/{id}/results", "/api/v1/surveys/{id}/paper-responses", "Surveys");
    }

    private static String copyAndOpen(SurveyFixture surveys, int year, String from) {
        String id = surveys.draft("PARENTS", year, from);
        surveys.open(id);
        return id;
    }

    private static JsonNode listed(Api api, String id) {
        for (JsonNode survey : api.get("/api/v1/surveys").json()) {
            if (survey.get("id").asString().equals(id)) {
                return survey;
            }
        }
        throw new AssertionError("Survey " + id + " is not listed");
    }

    private static List<Double> values(JsonNode array, String field) {
        List<Double> values = new ArrayList<>();
        array.forEach(n -> values.add(n.get(field).asDouble()));
        return values;
    }

    private static List<Double> values(JsonNode array) {
        List<Double> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asDouble()));
        return values;
    }

    private static List<String> fields(Api.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
