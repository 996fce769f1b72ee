package se.helhet.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.Answers;
import se.helhet.support.HelhetTest;
import tools.jackson.databind.JsonNode;

@HelhetTest
class SdqScoringApiTest {

    @LocalServerPort
    int port;

    private Api.Response score(String informant, List<Integer> responses, String impact) {
        return Api.as(port, "socsek").post("/api/v1/instruments/SDQ/score", Api.json(
                "{'informant': '%s', 'responses': %s, 'impact': %s}", informant, Answers.json(responses), impact));
    }

    private JsonNode scored(String informant, List<Integer> responses, String impact) {
        var response = score(informant, responses, impact);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    @Test
    void scoresAFullParentFormWithReverseItemsAndImpact() {
        // Raw answers as on the paper: items 7, 11, 14 = 2 (reverse: 0), 21, 25 = 1 (reverse: 1).
        List<Integer> raw = List.of(2, 1, 0, 2, 1, 0, 2, 0, 2, 1, 2, 0, 0, 2, 1, 0, 2, 0, 1, 2, 1, 0, 0, 0, 1);

        var json = scored("PARENT", raw, Api.json(
                "{'difficulties': 1, 'distress': 1, 'home': 2, 'friends': 0, 'classroom': 3, 'leisure': null}"));

        var scores = json.get("scores");
        assertThat(scores.get("emotional").asInt()).isZero();
        assertThat(scores.get("conduct").asInt()).isEqualTo(1);
        assertThat(scores.get("hyperactivity").asInt()).isEqualTo(5);
        assertThat(scores.get("peer").asInt()).isEqualTo(1);
        assertThat(scores.get("prosocial").asInt()).isEqualTo(10);
        assertThat(scores.get("totalDifficulties").asInt()).isEqualTo(7);
        assertThat(scores.get("externalising").asInt()).isEqualTo(6);
        assertThat(scores.get("internalising").asInt()).isEqualTo(1);
        // distress 1 → 0, home 2 → 1, friends 0 → 0, classroom 3 → 2.
        assertThat(scores.get("impact").asInt()).isEqualTo(3);
        var three = json.get("bands").get("threeBand");
        assertThat(three.get("totalDifficulties").asString()).isEqualTo("NORMAL");
        assertThat(three.get("impact").asString()).isEqualTo("ABNORMAL");
        var four = json.get("bands").get("fourBand");
        assertThat(four.get("hyperactivity").asString()).isEqualTo("CLOSE_TO_AVERAGE");
        assertThat(four.get("prosocial").asString()).isEqualTo("CLOSE_TO_AVERAGE");
        assertThat(four.get("impact").asString()).isEqualTo("VERY_HIGH");
    }

    @Test
    void missingAnswersAreProratedUntilThreeOfAScaleAreMissing() {
        List<Integer> raw = new ArrayList<>(Answers.sdq(0, 2, 2, 0, 10));
        raw.set(2, null);
        raw.set(7, null);
        raw.set(12, 2);
        raw.set(15, 1);
        raw.set(23, 1);

        var two = scored("PARENT", raw, "null");
        // Emotional from 13, 16, 24: 4 / 3 * 5 = 6.67 → 7; total 7 + 2 + 2 + 0.
        assertThat(two.get("scores").get("emotional").asInt()).isEqualTo(7);
        assertThat(two.get("scores").get("totalDifficulties").asInt()).isEqualTo(11);
        assertThat(two.get("scores").get("impact").isNull()).isTrue();
        assertThat(two.get("bands").get("threeBand").get("impact").isNull()).isTrue();

        raw.set(7, 1);
        raw.set(12, 1);
        raw.set(15, 0);
        raw.set(23, 0);
        // One missing, 2 points from four answers: 2.5 → 3.
        assertThat(scored("PARENT", raw, "null").get("scores").get("emotional").asInt()).isEqualTo(3);

        raw.set(7, null);
        raw.set(12, null);
        var three = scored("PARENT", raw, "null");
        assertThat(three.get("scores").get("emotional").isNull()).isTrue();
        assertThat(three.get("scores").get("totalDifficulties").isNull()).isTrue();
        assertThat(three.get("scores").get("internalising").isNull()).isTrue();
        assertThat(three.get("scores").get("externalising").asInt()).isEqualTo(4);
        assertThat(three.get("bands").get("fourBand").get("emotional").isNull()).isTrue();
        assertThat(three.get("bands").get("threeBand").get("totalDifficulties").isNull()).isTrue();
    }

    @Test
    void impactIsZeroWithoutDifficultiesAndTheTeacherFormHasNoHomeOrLeisure() {
        var none = scored("PARENT", Answers.sdq(1, 1, 1, 1, 9), "{'difficulties': 0}");
        assertThat(none.get("scores").get("impact").asInt()).isZero();
        assertThat(none.get("bands").get("threeBand").get("impact").asString()).isEqualTo("NORMAL");

        var teacher = scored("TEACHER", Answers.sdq(1, 1, 1, 1, 9),
                "{'difficulties': 2, 'distress': 3, 'friends': 2, 'classroom': 1}");
        assertThat(teacher.get("scores").get("impact").asInt()).isEqualTo(3);
        assertThat(teacher.get("bands").get("threeBand").get("impact").asString()).isEqualTo("ABNORMAL");
        assertThat(teacher.get("bands").get("fourBand").get("impact").asString()).isEqualTo("VERY_HIGH");

        var refused = score("TEACHER", Answers.sdq(1, 1, 1, 1, 9), "{'difficulties': 1, 'home': 2}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("impact.home");
    }

    @ParameterizedTest
    @CsvSource({"0, NORMAL, CLOSE_TO_AVERAGE", "13, NORMAL, CLOSE_TO_AVERAGE", "14, BORDERLINE, SLIGHTLY_RAISED",
            "16, BORDERLINE, SLIGHTLY_RAISED", "17, ABNORMAL, HIGH", "19, ABNORMAL, HIGH", "20, ABNORMAL, VERY_HIGH",
            "40, ABNORMAL, VERY_HIGH"})
    void parentTotalBands(int total, String threeBand, String fourBand) {
        var json = scored("PARENT", Answers.sdqWithTotal(total), "null");

        assertThat(json.get("scores").get("totalDifficulties").asInt()).isEqualTo(total);
        assertThat(json.get("bands").get("threeBand").get("totalDifficulties").asString()).isEqualTo(threeBand);
        assertThat(json.get("bands").get("fourBand").get("totalDifficulties").asString()).isEqualTo(fourBand);
    }

    @ParameterizedTest
    @CsvSource({"3, NORMAL, CLOSE_TO_AVERAGE", "4, BORDERLINE, SLIGHTLY_RAISED", "5, ABNORMAL, HIGH",
            "6, ABNORMAL, HIGH", "7, ABNORMAL, VERY_HIGH"})
    void parentEmotionalBands(int emotional, String threeBand, String fourBand) {
        var bands = scored("PARENT", Answers.sdq(emotional, 0, 0, 0, 10), "null").get("bands");

        assertThat(bands.get("threeBand").get("emotional").asString()).isEqualTo(threeBand);
        assertThat(bands.get("fourBand").get("emotional").asString()).isEqualTo(fourBand);
    }

    @ParameterizedTest
    @CsvSource({"10, NORMAL, CLOSE_TO_AVERAGE", "8, NORMAL, CLOSE_TO_AVERAGE", "7, NORMAL, SLIGHTLY_LOWERED",
            "6, NORMAL, LOW", "5, BORDERLINE, VERY_LOW", "4, ABNORMAL, VERY_LOW"})
    void parentProsocialBandsRunTheOtherWay(int prosocial, String threeBand, String fourBand) {
        var bands = scored("PARENT", Answers.sdq(0, 0, 0, 0, prosocial), "null").get("bands");

        assertThat(bands.get("threeBand").get("prosocial").asString()).isEqualTo(threeBand);
        assertThat(bands.get("fourBand").get("prosocial").asString()).isEqualTo(fourBand);
    }

    @ParameterizedTest
    @CsvSource({"PARENT, 17, ABNORMAL, HIGH", "SELF, 17, BORDERLINE, SLIGHTLY_RAISED",
            "SELF, 15, NORMAL, SLIGHTLY_RAISED", "SELF, 20, ABNORMAL, VERY_HIGH", "TEACHER, 12, BORDERLINE, SLIGHTLY_RAISED",
            "PARENT, 12, NORMAL, CLOSE_TO_AVERAGE", "TEACHER, 19, ABNORMAL, VERY_HIGH"})
    void eachInformantHasItsOwnBands(String informant, int total, String threeBand, String fourBand) {
        var bands = scored(informant, Answers.sdqWithTotal(total), "null").get("bands");

        assertThat(bands.get("threeBand").get("totalDifficulties").asString()).isEqualTo(threeBand);
        assertThat(bands.get("fourBand").get("totalDifficulties").asString()).isEqualTo(fourBand);
    }

    @Test
    void wrongInputIsNamedPerItem() {
        var tooFew = score("PARENT", Answers.sdq(0, 0, 0, 0, 0).subList(0, 24), "null");
        assertThat(tooFew.status()).isEqualTo(400);
        assertThat(tooFew.contentType()).contains("application/problem+json");
        assertThat(tooFew.json().get("errors").findValuesAsString("field")).containsExactly("responses");

        List<Integer> raw = new ArrayList<>(Answers.sdq(0, 0, 0, 0, 0));
        raw.set(3, 3);
        var outOfRange = score("PARENT", raw, "null");
        assertThat(outOfRange.status()).isEqualTo(400);
        var error = outOfRange.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("responses[3]");
        assertThat(error.get("message").asString()).contains("fråga 4");
        var inEnglish = Api.as(port, "socsek").inLanguage("en").post("/api/v1/instruments/SDQ/score", Api.json(
                "{'informant': 'PARENT', 'responses': %s, 'impact': null}", Answers.json(raw)));
        assertThat(inEnglish.json().get("errors").get(0).get("message").asString())
                .isEqualTo("The response to item 4 must be 0, 1 or 2, not 3");

        var noInformant = score("GRANDPARENT", Answers.sdq(0, 0, 0, 0, 0), "{'difficulties': 4}");
        assertThat(noInformant.json().get("errors").findValuesAsString("field"))
                .containsExactly("informant", "impact.difficulties");
    }

    @Test
    void anySignedInUserMayScoreButNotAnAnonymousCaller() {
        String body = Api.json("{'informant': 'SELF', 'responses': %s}", Answers.json(Answers.sdq(1, 1, 1, 1, 8)));

        assertThat(Api.as(port, "analytiker").post("/api/v1/instruments/SDQ/score", body).status()).isEqualTo(200);
        assertThat(Api.anonymous(port).post("/api/v1/instruments/SDQ/score", body).status()).isEqualTo(401);
    }

    @Test
    void everyInstrumentOperationIsDocumentedWithAnExample() {
        String docs = Api.anonymous(port).get("/v3/api-docs").body();

        assertThat(docs).contains("/api/v1/instruments/SDQ/score", "/api/v1/instruments/AUDIT/score",
                "/api/v1/instruments/DUDIT/score", "/api/v1/persons/{id}/instrument-administrations",
                "PARENT", "riskFactors", "protectiveFactors");
    }
}
