package se.helhet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;

@HelhetTest
class AuditValidationApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyWrongCriterionIsNamed() {
        var response = Api.as(port, "granskare").post("/api/v1/audits", Api.json("""
                {'name': ' ', 'keyId': 'nyckel', 'unitIds': ['%s'], 'area': 'NORTH', 'closedFrom': '2025-02-30',
                 'closedTo': '2025-01-01', 'level': 'PURPLE', 'sampleSize': 0, 'seed': ''}""", UUID.randomUUID()));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .containsExactly("name", "keyId", "unitIds", "area", "closedFrom", "level", "sampleSize");
        var backwards = Api.as(port, "granskare").post("/api/v1/audits", Api.json("""
                {'name': 'Baklänges', 'keyId': '%s', 'area': 'ALL', 'closedFrom': '2025-02-01',
                 'closedTo': '2025-01-01', 'sampleSize': 5}""", AuditCalls.EXAMPLE_KEY));
        assertThat(backwards.json().get("errors").findValuesAsString("field")).containsExactly("closedTo");
    }

    @Test
    void aClientAskingForEnglishIsToldInEnglish() {
        var backwards = Api.as(port, "granskare").inLanguage("en").post("/api/v1/audits", Api.json("""
                {'name': 'Backwards', 'keyId': '%s', 'area': 'ALL', 'closedFrom': '2025-02-01',
                 'closedTo': '2025-01-01', 'sampleSize': 501}""", AuditCalls.EXAMPLE_KEY));

        assertThat(backwards.json().get("errors").findValuesAsString("message")).containsExactly(
                "The end of the period cannot be before its start", "Give how many matters to review: 1-500");
    }

    @Test
    void aNullAmongTheUnitsIsNamedNotAServerError() {
        var response = Api.as(port, "granskare").post("/api/v1/audits", Api.json("""
                {'name': 'Tom enhet', 'keyId': '%s', 'unitIds': [null], 'area': 'ALL', 'closedFrom': '2025-01-01',
                 'closedTo': '2025-12-31', 'sampleSize': 5}""", AuditCalls.EXAMPLE_KEY));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("unitIds");
    }

    @Test
    void anAnswerMustFitItsQuestion() {
        var calls = new AuditCalls(port);
        var audit = calls.drawn(calls.created("Svar", "[]", "ALL", "2025-01-01", "2025-12-31", "null", 1, "v"));
        String path = "/api/v1/audits/" + audit.get("id").asString() + "/matters/" + calls.sample(audit).getFirst()
                + "/answers";

        var response = Api.as(port, "granskare").put(path, Api.json("""
                {'answers': [{'question': 1, 'scale': 3}, {'question': 12, 'answer': 'YES'},
                             {'question': 99, 'answer': 'NO'}, {'question': 2, 'answer': 'NO', 'comment': '%s'}]}""",
                "x".repeat(4001)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .containsExactly("q1", "q12", "q99", "q2-comment");
        var outOfScale = Api.as(port, "granskare").put(path, Api.json("{'answers': [{'question': 12, 'scale': 6}]}"));
        assertThat(outOfScale.json().get("errors").findValuesAsString("field")).containsExactly("q12");
        var unknownAnswer = Api.as(port, "granskare").put(path, Api.json("{'answers': [{'question': 1, 'answer': 'MAYBE'}]}"));
        assertThat(unknownAnswer.status()).isEqualTo(400);
        assertThat(Api.as(port, "granskare").get(path).json().get("answers")).isEmpty();
    }

    @Test
    void aMatterOutsideTheSampleIsNotFound() {
        var calls = new AuditCalls(port);
        var audit = calls.drawn(calls.created("Utanför", "[]", "ALL", "2025-01-01", "2025-12-31", "null", 1, "u"));

        var response = Api.as(port, "granskare").get("/api/v1/audits/" + audit.get("id").asString() + "/matters/"
                + UUID.randomUUID() + "/answers");

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void auditsWithDifferentKeysAreNotCompared() {
        UUID other = UUID.randomUUID();
        jdbc.sql("insert into audit_key (id, code, version, name) values (:id, 'FAMILY_ORIENTED', 99, 'Prov')")
                .param("id", other).update();
        var calls = new AuditCalls(port);
        var first = calls.created("Med exempelnyckeln", "[]", "ALL", "2025-01-01", "2025-12-31", "null", 1, "j");
        var second = AuditCalls.ok(Api.as(port, "granskare").post("/api/v1/audits", Api.json("""
                {'name': 'Med provnyckeln', 'keyId': '%s', 'area': 'ALL', 'closedFrom': '2025-01-01',
                 'closedTo': '2025-12-31', 'sampleSize': 1}""", other))).json();

        var response = Api.as(port, "granskare").get("/api/v1/audits/comparison?first=" + first.get("id").asString()
                + "&second=" + second.get("id").asString());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("second");
    }
}
