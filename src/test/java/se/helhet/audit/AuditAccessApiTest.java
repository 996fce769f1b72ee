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
class AuditAccessApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void socialWorkersAndIntakeWorkersHaveNoPartInAudits() {
        var calls = new AuditCalls(port);
        var audit = calls.drawn(calls.created("Åtkomst", "[]", "ALL", "2025-01-01", "2025-12-31", "null", 2, "a"));
        String id = audit.get("id").asString();
        String matter = calls.sample(audit).getFirst();
        for (String user : new String[] {"socsek", "mottagning", "vuxen"}) {
            Api api = Api.as(port, user);
            for (var response : new Api.Response[] {api.get("/api/v1/audits"), api.get("/api/v1/audits/" + id),
                    api.get("/api/v1/audits/" + id + "/results"), api.get("/api/v1/audits/" + id + "/matters"),
                    api.get("/api/v1/audits/" + id + "/matters/" + matter + "/answers"),
                    api.put("/api/v1/audits/" + id + "/matters/" + matter + "/answers", "{\"answers\": []}"),
                    api.post("/api/v1/audits/" + id + "/sample", "")}) {
                assertThat(response.status()).as(user).isEqualTo(403);
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
        }
    }

    @Test
    void theAnalystSeesResultsButNoMattersNoAnswersAndSetsUpNothing() {
        var calls = new AuditCalls(port);
        var audit = calls.drawn(calls.created("Analytiker", "[]", "ALL", "2025-01-01", "2025-12-31", "null", 2, "b"));
        String id = audit.get("id").asString();
        String matter = calls.sample(audit).getFirst();
        Api analyst = Api.as(port, "analytiker");

        assertThat(analyst.get("/api/v1/audits").status()).isEqualTo(200);
        assertThat(analyst.get("/api/v1/audits/" + id + "/results").status()).isEqualTo(200);
        assertThat(analyst.get("/api/v1/audits/" + id + "/matters").status()).isEqualTo(403);
        assertThat(analyst.get("/api/v1/audits/" + id + "/matters/" + matter + "/answers").status()).isEqualTo(403);
        assertThat(analyst.post("/api/v1/audits", "{}").status()).isEqualTo(403);
    }

    @Test
    void theUnitManagerConductsAnAuditAndReadingAndWritingAnswersIsTraced() {
        var created = Api.as(port, "chef").post("/api/v1/audits", Api.json("""
                {'name': 'Chefens', 'keyId': '%s', 'unitIds': [], 'area': 'ORDINARY', 'closedFrom': '2025-01-01',
                 'closedTo': '2025-12-31', 'level': null, 'sampleSize': 1, 'seed': 'c'}""", AuditCalls.EXAMPLE_KEY));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        AuditCalls.ok(Api.as(port, "chef").post("/api/v1/audits/" + id + "/sample", ""));
        String matter = Api.as(port, "chef").get("/api/v1/audits/" + id + "/matters").json().get(0).get("matterId").asString();
        UUID child = jdbc.sql("select person_id from matter where id = :m").param("m", UUID.fromString(matter))
                .query(UUID.class).single();

        AuditCalls.ok(Api.as(port, "chef").put("/api/v1/audits/" + id + "/matters/" + matter + "/answers",
                Api.json("{'answers': [{'question': 7, 'answer': 'YES', 'comment': 'Träffat barnet två gånger.'}]}")));
        AuditCalls.ok(Api.as(port, "granskare").get("/api/v1/audits/" + id + "/matters/" + matter + "/answers"));

        var traced = jdbc.sql("""
                        select username || ' ' || action || ' ' || record_type from trace
                        where person_id = :child and record_type like 'audit%' order by id""")
                .param("child", child).query(String.class).list();
        assertThat(traced).containsExactly("chef CREATE audit-sample", "chef READ audit-sample",
                "chef UPDATE audit-answer", "granskare READ audit-answer");
    }

    @Test
    void aKeyUsedByAnAuditCannotBeChanged() {
        new AuditCalls(port).created("Nyckeln låses", "[]", "ALL", "2025-01-01", "2025-12-31", "null", 1, "k");

        var refused = org.assertj.core.api.Assertions.catchThrowable(() -> jdbc.sql(
                "update audit_question set text = 'Ändrad' where key_id = :k and number = 1")
                .param("k", UUID.fromString(AuditCalls.EXAMPLE_KEY)).update());

        assertThat(refused).hasMessageContaining("make a new version");
    }
}
