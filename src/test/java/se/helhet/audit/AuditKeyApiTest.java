package se.helhet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;

@HelhetTest
class AuditKeyApiTest {

    @LocalServerPort
    int port;

    private static String key(String code, String firstQuestion) {
        return Api.json("""
                {'code': '%s', 'name': 'Barnets delaktighet', 'description': null,
                 'questions': [{'number': 2, 'group': 'Barnet', 'text': 'Hur väl syns barnets synpunkter?',
                                'answerKind': 'SCALE', 'scaleLow': 'Inte alls', 'scaleHigh': 'Helt och tydligt'},
                               {'number': 1, 'group': 'Barnet', 'text': '%s', 'answerKind': 'YES_PARTLY_NO_NA'}]}""",
                code, firstQuestion);
    }

    @Test
    void aChangedKeyIsANewVersionAndTheOldOneStaysAsItWas() {
        String code = "PARTICIPATION_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('-', '_');
        Api auditor = Api.as(port, "granskare");

        var first = auditor.post("/api/v1/audit-keys", key(code, "Har handläggaren träffat barnet?"));
        var second = auditor.post("/api/v1/audit-keys", key(code, "Har handläggaren träffat barnet ensam?"));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("version").asInt()).isEqualTo(1);
        assertThat(second.json().get("version").asInt()).isEqualTo(2);
        assertThat(first.json().get("questions").findValuesAsString("answerKind"))
                .containsExactly("YES_PARTLY_NO_NA", "SCALE");
        var old = auditor.get("/api/v1/audit-keys/" + first.json().get("id").asString()).json();
        assertThat(old.get("questions").get(0).get("text").asString()).isEqualTo("Har handläggaren träffat barnet?");
        var audit = auditor.post("/api/v1/audits", Api.json("""
                {'name': 'Med ny nyckel', 'keyId': '%s', 'area': 'ALL', 'closedFrom': '2025-01-01',
                 'closedTo': '2025-12-31', 'sampleSize': 2}""", second.json().get("id").asString()));
        assertThat(audit.status()).as(audit.body()).isEqualTo(201);
        assertThat(audit.json().get("keyVersion").asInt()).isEqualTo(2);
    }

    @Test
    void aWrongKeyIsNamedFieldByFieldAndOnlyThoseWhoAuditMakeKeys() {
        var response = Api.as(port, "granskare").post("/api/v1/audit-keys", Api.json("""
                {'code': 'nyckel', 'name': '', 'questions': [
                    {'number': 1, 'group': 'A', 'text': 'Fråga?', 'answerKind': 'SCALE'},
                    {'number': 1, 'group': '', 'text': 'Fråga?', 'answerKind': 'MAYBE'}]}"""));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("code", "name",
                "questions[0].scaleLow", "questions[0].scaleHigh", "questions[1].number", "questions[1].group",
                "questions[1].answerKind");
        assertThat(Api.as(port, "analytiker").post("/api/v1/audit-keys", key("ANALYST_KEY", "Fråga?")).status())
                .isEqualTo(403);
        assertThat(Api.as(port, "socsek").get("/api/v1/audit-keys").status()).isEqualTo(403);
    }

    @Test
    void everyAuditOperationIsInTheApiDocumentation() {
        String docs = Api.anonymous(port).get("/v3/api-docs").body();

        assertThat(docs).contains("/api/v1/audit-keys", "/api/v1/audits", "/api/v1/audits/{id}/sample",
                "/api/v1/audits/{id}/matters/{matterId}/answers", "/api/v1/audits/{id}/results",
                "/api/v1/audits/comparison", "File audits", "NOT_APPLICABLE");
    }
}
