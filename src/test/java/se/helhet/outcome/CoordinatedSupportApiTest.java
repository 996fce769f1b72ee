package se.helhet.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;

@HelhetTest
class CoordinatedSupportApiTest {

    @LocalServerPort
    int port;

    @Test
    void theChildsAndTheGuardiansAnswersAreRecordedWithUnansweredQuestionsKeptEmpty() {
        var opened = Outcomes.openMatter(port, 13, "Malte");
        Api intake = Api.as(port, "mottagning");
        String base = "/api/v1/matters/" + opened.matterId() + "/coordinated-support-answers";

        var child = intake.post(base, Api.json("{'respondent': 'CHILD', 'answeredOn': '%s', "
                + "'answers': [4, 5, 3, null, 4]}", LocalDate.now()));
        var guardian = intake.post(base, Api.json("{'respondent': 'GUARDIAN', 'answers': [2, 3, 3, 4, 3]}"));

        assertThat(child.status()).as(child.body()).isEqualTo(201);
        assertThat(child.json().get("answers").toString()).isEqualTo("[4,5,3,null,4]");
        assertThat(guardian.json().get("answeredOn").asString()).isEqualTo(LocalDate.now().toString());
        var listed = intake.get(base).json();
        assertThat(listed.findValuesAsString("respondent")).containsExactly("CHILD", "GUARDIAN");
        assertThat(listed.get(0).get("mean").asDouble()).isEqualTo(4.0);
    }

    @Test
    void wrongAnswersAreNamedPerQuestion() {
        var opened = Outcomes.openMatter(port, 15, "Wilma");
        Api intake = Api.as(port, "mottagning");
        String base = "/api/v1/matters/" + opened.matterId() + "/coordinated-support-answers";

        var wrong = intake.post(base, Api.json("{'respondent': 'TEACHER', 'answeredOn': '2999-01-01', "
                + "'answers': [1, 6, 0, null, 5]}"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").findValuesAsString("field"))
                .containsExactly("respondent", "answeredOn", "answers[1]", "answers[2]");
        assertThat(intake.post(base, Api.json("{'respondent': 'CHILD', 'answers': [1, 2, 3]}")).json()
                .get("errors").findValuesAsString("field")).containsExactly("answers");
        assertThat(intake.post(base, Api.json("{'respondent': 'CHILD', 'answers': [null, null, null, null, null]}"))
                .json().get("errors").findValuesAsString("field")).containsExactly("answers");
        assertThat(Api.as(port, "vuxen").post(base, Api.json("{'respondent': 'CHILD', 'answers': [1, 2, 3, 4, 5]}"))
                .status()).isEqualTo(403);
    }

    @Test
    void everyOutcomeOperationIsDocumentedWithAnExample() {
        String docs = Api.anonymous(port).get("/v3/api-docs").body();

        assertThat(docs).contains("/api/v1/matters/{matterId}/school-outcomes",
                "/api/v1/matters/{matterId}/coordinated-support-answers", "HT2026", "subjectsPassed")
                .doesNotContain("consent-notes");
    }
}
