package se.helhet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

/**
 * A unit manager who is no file auditor audits their own units only. The demo's manager also works in intake,
 * which sees every matter, so these tests use a manager of the pilot team alone.
 */
@HelhetTest
class AuditUnitManagerApiTest {

    private static final String PASSWORD = "a-long-password-1";
    private static final String PILOT_TEAM = "Barn och unga – pilotteamet Ekdalen";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private String managerName;

    @Test
    void theManagerSetsUpAndDrawsAnAuditOfTheirOwnUnitsOnly() {
        Api manager = pilotTeamManager();
        UUID pilotTeam = unit("pilotteam");
        UUID investigation = unit("utredning");

        var mine = manager.post("/api/v1/audits", audit("Mina enheter", "[]", "e1"));
        assertThat(mine.status()).as(mine.body()).isEqualTo(201);
        var units = mine.json().get("criteria").get("unitIds");
        assertThat(units).as("no unit chosen: the manager's own units").hasSize(1);
        assertThat(units.get(0).asString()).isEqualTo(pilotTeam.toString());
        String id = mine.json().get("id").asString();
        AuditCalls.ok(manager.post("/api/v1/audits/" + id + "/sample", ""));
        var sample = manager.get("/api/v1/audits/" + id + "/matters").json();
        assertThat(sample).isNotEmpty();
        assertThat(sample.findValuesAsString("unitName")).containsOnly(PILOT_TEAM);

        var foreign = manager.post("/api/v1/audits", audit("Annans enhet", "['" + investigation + "']", "e2"));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().get("errors").findValuesAsString("field")).containsExactly("unitIds");

        var calls = new AuditCalls(port);
        var acrossUnits = calls.created("Hela distriktet, odraget", "[]", "ALL", "2025-01-01", "2025-12-31", "null", 5, "e3");
        assertThat(manager.post("/api/v1/audits/" + acrossUnits.get("id").asString() + "/sample", "").status())
                .isEqualTo(403);

        var session = WebSession.anonymous(port);
        session.login(managerName, PASSWORD);
        assertThat(session.get("/aktgranskning/ny").body()).contains(PILOT_TEAM, "Välj ingen för alla dina enheter")
                .doesNotContain("Barn och unga – utredning");
    }

    @Test
    void inAnAuditAcrossUnitsTheManagerSeesOnlyTheMattersAndCommentsTheyMayRead() {
        var calls = new AuditCalls(port);
        var audit = calls.drawn(calls.created("Hela distriktet", "[]", "ALL", "2025-01-01", "2025-12-31", "null", 40, "e4"));
        String id = audit.get("id").asString();
        var all = AuditCalls.ok(Api.as(port, "granskare").get("/api/v1/audits/" + id + "/matters")).json();
        List<String> own = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        all.forEach(m -> (m.get("unitName").asString().equals(PILOT_TEAM) ? own : foreign)
                .add(m.get("matterId").asString()));
        assertThat(own).isNotEmpty();
        assertThat(foreign).isNotEmpty();
        AuditCalls.ok(calls.answered(id, own.getFirst(), "YES", "NO", "PARTLY", 3, true));
        AuditCalls.ok(calls.answered(id, foreign.getFirst(), "NO", "NO", "PARTLY", 2, true));
        Api manager = pilotTeamManager();

        var sample = manager.get("/api/v1/audits/" + id + "/matters").json();
        var results = manager.get("/api/v1/audits/" + id + "/results").json();

        assertThat(sample.findValuesAsString("matterId")).containsExactlyElementsOf(own);
        assertThat(results.get("comments").findValuesAsString("matterId")).containsOnly(own.getFirst());
        assertThat(manager.get("/api/v1/audits/" + id + "/matters/" + foreign.getFirst() + "/answers").status())
                .isEqualTo(404);
        assertThat(AuditCalls.ok(Api.as(port, "granskare").get("/api/v1/audits/" + id + "/results")).json()
                .get("comments").findValuesAsString("matterId")).contains(own.getFirst(), foreign.getFirst());
    }

    /**
     * A unit manager of the pilot team alone, created on the administrator's page: not in intake, so no matter of
     * another unit is theirs to read.
     */
    private Api pilotTeamManager() {
        if (managerName == null) {
            managerName = "pilotchef." + UUID.randomUUID().toString().substring(0, 8);
            var admin = WebSession.loggedInAs(port, "admin");
            admin.get("/admin/anvandare");
            var created = admin.post("/admin/anvandare", Map.of("username", managerName, "displayName", "Pia Pilotchef",
                    "password", PASSWORD, "roles", "UNIT_MANAGER", "unitIds", unit("pilotteam").toString()));
            assertThat(created.status()).as(created.body()).isEqualTo(302);
        }
        return Api.as(port, managerName, PASSWORD);
    }

    private UUID unit(String code) {
        return jdbc.sql("select id from unit where code = :code").param("code", code).query(UUID.class).single();
    }

    private static String audit(String name, String units, String seed) {
        return Api.json("""
                {'name': '%s', 'keyId': '%s', 'unitIds': %s, 'area': 'ALL', 'closedFrom': '2024-01-01',
                 'closedTo': '2025-12-31', 'level': null, 'sampleSize': 10, 'seed': '%s'}""",
                name, AuditCalls.EXAMPLE_KEY, units, seed);
    }
}
