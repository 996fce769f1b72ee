package se.helhet.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.Answers;
import se.helhet.support.HelhetTest;

@HelhetTest
class AuditAndDuditScoringApiTest {

    @LocalServerPort
    int port;

    private Api.Response score(String instrument, String sex, List<Integer> responses) {
        return Api.as(port, "mottagning").post("/api/v1/instruments/" + instrument + "/score",
                Api.json("{'sex': '%s', 'responses': %s}", sex, Answers.json(responses)));
    }

    @ParameterizedTest
    @CsvSource({"MALE, 0, LOW_RISK", "MALE, 7, LOW_RISK", "MALE, 8, HAZARDOUS", "MALE, 15, HAZARDOUS",
            "MALE, 16, HARMFUL", "MALE, 19, HARMFUL", "MALE, 20, PROBABLE_DEPENDENCE", "MALE, 40, PROBABLE_DEPENDENCE",
            "FEMALE, 5, LOW_RISK", "FEMALE, 6, HAZARDOUS", "FEMALE, 13, HAZARDOUS", "FEMALE, 14, HARMFUL",
            "FEMALE, 17, HARMFUL", "FEMALE, 18, PROBABLE_DEPENDENCE"})
    void auditZonesDifferForMenAndWomen(String sex, int total, String band) {
        var response = score("AUDIT", sex, Answers.total(10, 8, total));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("scores").get("total").asInt()).isEqualTo(total);
        assertThat(response.json().get("band").asString()).isEqualTo(band);
    }

    @ParameterizedTest
    @CsvSource({"MALE, 5, NO_PROBLEM_INDICATED", "MALE, 6, DRUG_RELATED_PROBLEMS", "FEMALE, 1, NO_PROBLEM_INDICATED",
            "FEMALE, 2, DRUG_RELATED_PROBLEMS", "MALE, 24, DRUG_RELATED_PROBLEMS", "FEMALE, 24, DRUG_RELATED_PROBLEMS",
            "MALE, 25, PROBABLE_DEPENDENCE", "FEMALE, 25, PROBABLE_DEPENDENCE", "MALE, 44, PROBABLE_DEPENDENCE"})
    void duditZonesDifferForMenAndWomen(String sex, int total, String band) {
        var response = score("DUDIT", sex, Answers.total(11, 9, total));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("scores").get("total").asInt()).isEqualTo(total);
        assertThat(response.json().get("band").asString()).isEqualTo(band);
    }

    @Test
    void theLastItemsTakeThreeOptionsWorthZeroTwoOrFour() {
        assertThat(score("AUDIT", "MALE", Arrays.asList(0, 0, 0, 0, 0, 0, 0, 0, 1, 2)).json().get("scores")
                .get("total").asInt()).isEqualTo(6);
        assertThat(score("DUDIT", "MALE", Arrays.asList(0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 1)).json().get("scores")
                .get("total").asInt()).isEqualTo(6);

        var refused = score("AUDIT", "MALE", Arrays.asList(0, 0, 0, 0, 0, 0, 0, 0, 3, 0));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("responses[8]");
        assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("fråga 9");
        var dudit = score("DUDIT", "FEMALE", Arrays.asList(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3));
        assertThat(dudit.json().get("errors").get(0).get("field").asString()).isEqualTo("responses[10]");
    }

    @Test
    void wrongCountMissingAnswersAndUnknownSexAreRefused() {
        var tooMany = score("AUDIT", "MALE", Answers.total(11, 9, 0));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("errors").findValuesAsString("field")).containsExactly("responses");

        List<Integer> missing = new ArrayList<>(Answers.total(10, 8, 3));
        missing.set(3, null);
        var unanswered = score("AUDIT", "X", missing);
        assertThat(unanswered.json().get("errors").findValuesAsString("field")).containsExactly("sex", "responses[3]");
        assertThat(unanswered.json().get("errors").get(1).get("message").asString()).contains("fråga 4");

        List<Integer> high = new ArrayList<>(Answers.total(11, 9, 0));
        high.set(3, 5);
        var outOfRange = score("DUDIT", "MALE", high);
        assertThat(outOfRange.json().get("errors").get(0).get("field").asString()).isEqualTo("responses[3]");
        assertThat(outOfRange.json().get("errors").get(0).get("message").asString()).contains("fråga 4");
    }
}
