package se.helhet.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;
import tools.jackson.databind.JsonNode;

/** Answers worked out by hand, and the counts, shares and means they must give. */
@HelhetTest
class AuditResultsApiTest {

    @LocalServerPort
    int port;

    private JsonNode results(String user, String audit) {
        var response = Api.as(port, user).get("/api/v1/audits/" + audit + "/results");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    @Test
    void reviewedMattersAreCountedPerQuestionWithNotApplicableOutsideTheDenominator() {
        var calls = new AuditCalls(port);
        var audit = calls.drawn(calls.created("Hösten 2025", "[]", "ALL", "2025-07-01", "2025-12-31", "null", 4, "h"));
        String id = audit.get("id").asString();
        List<String> m = calls.sample(audit);

        AuditCalls.ok(calls.answered(id, m.get(0), "YES", "NOT_APPLICABLE", "YES", 4, true));
        AuditCalls.ok(calls.answered(id, m.get(1), "NO", "YES", "PARTLY", 2, true));
        AuditCalls.ok(calls.answered(id, m.get(2), "YES", "NOT_APPLICABLE", "NO", 5, true));
        // Saved but not marked reviewed: left out of the results.
        AuditCalls.ok(calls.answered(id, m.get(3), "NO", "NO", "NO", 1, false));

        JsonNode r = results("granskare", id);
        assertThat(r.get("audit").get("reviewed").asInt()).isEqualTo(3);
        JsonNode q1 = r.get("questions").get(0);
        assertThat(List.of(q1.get("yes").asLong(), q1.get("partly").asLong(), q1.get("no").asLong(),
                q1.get("notApplicable").asLong(), q1.get("applicable").asLong())).containsExactly(2L, 0L, 1L, 0L, 3L);
        assertThat(q1.get("yesShare").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
        JsonNode q2 = r.get("questions").get(1);
        assertThat(List.of(q2.get("yes").asLong(), q2.get("notApplicable").asLong(), q2.get("applicable").asLong()))
                .containsExactly(1L, 2L, 1L);
        assertThat(q2.get("yesShare").asDouble()).isEqualTo(1.0);
        JsonNode q3 = r.get("questions").get(2);
        assertThat(q3.get("yesShare").asDouble()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(q3.get("partlyShare").asDouble()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(q3.get("noShare").asDouble()).isCloseTo(1.0 / 3, within(1e-9));
        JsonNode q12 = r.get("questions").get(11);
        assertThat(q12.get("answerKind").asString()).isEqualTo("SCALE");
        assertThat(q12.get("scaled").asLong()).isEqualTo(3);
        assertThat(q12.get("mean").asDouble()).isCloseTo(11.0 / 3, within(1e-9));
        assertThat(q12.get("yesShare").isNull()).isTrue();
        assertThat(r.get("comments").findValuesAsString("comment")).hasSize(3).containsOnly("Samråd syns i journalen.");

        // Three reviewed matters are too few for the analyst to be shown: no numbers, no comments.
        assertThat(r.get("suppressed").asBoolean()).isFalse();
        JsonNode analyst = results("analytiker", id);
        assertThat(analyst.get("suppressed").asBoolean()).isTrue();
        assertThat(analyst.get("questions")).isEmpty();
        assertThat(analyst.get("comments").isNull()).isTrue();

        // With the fourth reviewed too (no, no, no, 1), still fewer than five.
        AuditCalls.ok(calls.answered(id, m.get(3), "NO", "NO", "NO", 1, true));
        assertThat(results("analytiker", id).get("suppressed").asBoolean()).isTrue();
        assertThat(results("granskare", id).get("questions").get(0).get("no").asLong()).isEqualTo(2);
    }

    @Test
    void aReviewerSavesPartlyComesBackAndMarksTheMatterReviewedWhenEveryQuestionIsAnswered() {
        var calls = new AuditCalls(port);
        var audit = calls.drawn(calls.created("Delvis", "[]", "ALL", "2025-01-01", "2025-12-31", "null", 1, "d"));
        String path = "/api/v1/audits/" + audit.get("id").asString() + "/matters/" + calls.sample(audit).getFirst();
        Api granskare = Api.as(port, "granskare");

        AuditCalls.ok(granskare.put(path + "/answers", Api.json(
                "{'answers': [{'question': 1, 'answer': 'PARTLY', 'comment': 'Ett samråd.'}, {'question': 12, 'scale': 3}]}")));
        var refused = granskare.put(path + "/answers", Api.json(
                "{'answers': [{'question': 2, 'answer': 'YES'}], 'reviewed': true}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field"))
                .containsExactly("q3", "q4", "q5", "q6", "q7", "q8", "q9", "q10", "q11");
        JsonNode kept = granskare.get(path + "/answers").json();
        assertThat(kept.get("reviewed").asBoolean()).isFalse();
        assertThat(kept.get("answers")).hasSize(2);
        assertThat(kept.get("answers").get(0).get("answer").asString()).isEqualTo("PARTLY");
        assertThat(kept.get("answers").get(0).get("comment").asString()).isEqualTo("Ett samråd.");
        assertThat(kept.get("answers").get(1).get("scale").asInt()).isEqualTo(3);

        StringBuilder rest = new StringBuilder("{'question': 2, 'answer': 'YES'}");
        for (int q = 3; q <= 11; q++) {
            rest.append(", {'question': ").append(q).append(", 'answer': 'NOT_APPLICABLE'}");
        }
        var done = AuditCalls.ok(granskare.put(path + "/answers", Api.json("{'answers': [%s], 'reviewed': true}", rest)));
        assertThat(done.json().get("reviewed").asBoolean()).isTrue();
        assertThat(done.json().get("answers")).hasSize(12);
        JsonNode finished = granskare.get("/api/v1/audits/" + audit.get("id").asString()).json();
        assertThat(finished.get("status").asString()).isEqualTo("FINISHED");
    }

    @Test
    void twoAuditsWithTheSameKeyAreComparedQuestionByQuestion() {
        var calls = new AuditCalls(port);
        var before = calls.drawn(calls.created("Före", "[]", "ALL", "2024-01-01", "2024-06-30", "null", 3, "f"));
        var after = calls.drawn(calls.created("Efter", "[]", "ALL", "2025-01-01", "2025-06-30", "null", 2, "e"));
        String b = before.get("id").asString();
        String a = after.get("id").asString();
        List<String> mb = calls.sample(before);
        List<String> ma = calls.sample(after);
        AuditCalls.ok(calls.answered(b, mb.get(0), "YES", "NO", "NO", 4, true));
        AuditCalls.ok(calls.answered(b, mb.get(1), "NO", "NO", "NO", 2, true));
        AuditCalls.ok(calls.answered(b, mb.get(2), "NO", "NOT_APPLICABLE", "NO", 3, true));
        AuditCalls.ok(calls.answered(a, ma.get(0), "YES", "YES", "YES", 4, true));
        AuditCalls.ok(calls.answered(a, ma.get(1), "PARTLY", "YES", "YES", 5, true));

        var response = Api.as(port, "chef").get("/api/v1/audits/comparison?first=" + b + "&second=" + a);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode q1 = response.json().get("questions").get(0);
        // Before: 1 yes of 3; after: 1 yes of 2. Difference 1/2 - 1/3.
        assertThat(q1.get("first").get("yesShare").asDouble()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(q1.get("second").get("yesShare").asDouble()).isEqualTo(0.5);
        assertThat(q1.get("difference").asDouble()).isCloseTo(1.0 / 6, within(1e-9));
        assertThat(q1.get("differenceLower").asDouble()).isLessThan(1.0 / 6);
        assertThat(q1.get("differenceUpper").asDouble()).isGreaterThan(1.0 / 6);
        // q2 before: no, no (n/a left out) = 0 of 2; after 2 of 2.
        assertThat(response.json().get("questions").get(1).get("difference").asDouble()).isEqualTo(1.0);
        JsonNode q12 = response.json().get("questions").get(11);
        assertThat(q12.get("difference").asDouble()).isCloseTo(4.5 - 3.0, within(1e-9));
        assertThat(q12.get("differenceLower").isNull()).isTrue();
        var analyst = Api.as(port, "analytiker").get("/api/v1/audits/comparison?first=" + b + "&second=" + a).json();
        assertThat(analyst.get("suppressed").asBoolean()).isTrue();
        assertThat(analyst.get("questions")).isEmpty();
    }

    /** Five reviewed matters are enough: the analyst sees the numbers the auditor sees, without the comments. */
    @Test
    void theAnalystSeesTheNumbersOnceFiveMattersAreReviewed() {
        var calls = new AuditCalls(port);
        var audit = calls.drawn(calls.created("Fem granskade", "[]", "ALL", "2024-07-01", "2024-12-31", "null", 5, "5"));
        String id = audit.get("id").asString();
        for (String matter : calls.sample(audit)) {
            AuditCalls.ok(calls.answered(id, matter, "YES", "PARTLY", "NO", 3, true));
        }

        JsonNode analyst = results("analytiker", id);

        assertThat(analyst.get("suppressed").asBoolean()).isFalse();
        assertThat(analyst.get("questions")).isEqualTo(results("granskare", id).get("questions"));
        assertThat(analyst.get("questions").get(0).get("yes").asLong()).isEqualTo(5);
        assertThat(analyst.get("comments").isNull()).isTrue();
    }
}
