package se.helhet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.HelhetTest;

@HelhetTest
class AuditSampleApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** The schema's owner, to add a trigger for one test. */
    @Autowired
    @FlywayDataSource
    DataSource migrationDataSource;

    @Test
    void theSameCriteriaAndSeedDrawTheSameMattersInTheSameOrder() {
        var calls = new AuditCalls(port);
        var first = calls.drawn(calls.created("Våren 2025", "[]", "ALL", "2025-01-01", "2025-06-30", "null", 12, "ek"));
        var again = calls.drawn(calls.created("Våren 2025, igen", "[]", "ALL", "2025-01-01", "2025-06-30", "null", 12, "ek"));
        var otherSeed = calls.drawn(calls.created("Våren 2025, nytt frö", "[]", "ALL", "2025-01-01", "2025-06-30", "null",
                12, "lind"));

        assertThat(first.get("eligibleCount").asInt()).isGreaterThan(12).isEqualTo(again.get("eligibleCount").asInt());
        assertThat(first.get("sampled").asInt()).isEqualTo(12);
        assertThat(first.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(calls.sample(first)).hasSize(12).doesNotHaveDuplicates().isEqualTo(calls.sample(again));
        assertThat(calls.sample(otherSeed)).isNotEqualTo(calls.sample(first));
    }

    @Test
    void theDemoHasLastYearsFinishedAuditAndOneInProgressWithTheExampleKey() {
        var audits = Api.as(port, "granskare").get("/api/v1/audits").json();
        String lastYear = "Familjeorienterat arbetssätt " + (LocalDate.now().getYear() - 1);

        var finished = java.util.stream.StreamSupport.stream(audits.spliterator(), false)
                .filter(a -> a.get("name").asString().equals(lastYear)).findFirst().orElseThrow();
        assertThat(finished.get("status").asString()).isEqualTo("FINISHED");
        assertThat(finished.get("reviewed").asInt()).isEqualTo(20);
        assertThat(finished.get("keyId").asString()).isEqualTo(AuditCalls.EXAMPLE_KEY);
        assertThat(audits.findValuesAsString("status")).contains("IN_PROGRESS");
        var results = Api.as(port, "analytiker").get("/api/v1/audits/" + finished.get("id").asString() + "/results").json();
        assertThat(results.get("questions")).hasSize(12);
        assertThat(results.get("questions").get(0).get("applicable").asLong()).isPositive();
    }

    @Test
    void aSampleIsDrawnOnceOnly() {
        var calls = new AuditCalls(port);
        var audit = calls.created("En gång", "[]", "ALL", "2025-01-01", "2025-03-31", "null", 3, "1");
        assertThat(audit.get("status").asString()).isEqualTo("NOT_DRAWN");
        calls.drawn(audit);

        var again = Api.as(port, "granskare").post("/api/v1/audits/" + audit.get("id").asString() + "/sample", "");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
    }

    /** Every drawn matter meets each criterion, and the number that met them is counted by a query of its own. */
    @Test
    void onlyMattersMeetingTheCriteriaAreDrawnAndAllOfThemWhenTheSampleIsLarger() {
        UUID pilotTeam = jdbc.sql("select id from unit where code = 'pilotteam'").query(UUID.class).single();
        var calls = new AuditCalls(port);
        var audit = calls.drawn(calls.created("Pilot, röd", "['" + pilotTeam + "']", "PILOT", "2024-01-01",
                "2025-12-31", "'RED'", 500, "s"));

        List<String> sample = calls.sample(audit);
        long counted = jdbc.sql("""
                        select count(distinct m.id) from matter m
                        join investigation i on i.matter_id = m.id and i.closed_on between '2024-01-01' and '2025-12-31'
                        join area a on a.id = m.area_id_at_start and a.kind = 'PILOT'
                        where m.level = 'RED' and m.unit_id = :unit""")
                .param("unit", pilotTeam).query(Long.class).single();
        assertThat(counted).isPositive().isLessThan(500);
        assertThat(audit.get("eligibleCount").asLong()).isEqualTo(counted);
        assertThat(sample).hasSize((int) counted);
        assertThat(audit.get("criteria").get("unitNames").get(0).asString()).isEqualTo("Barn och unga – pilotteamet Ekdalen");
    }

    /**
     * The count and the sample come from one look at the records. A trigger here widens the audit's criteria
     * as soon as it is marked drawn: a sample stored by a later statement would then hold more than were counted.
     */
    @Test
    void theCountAndTheSampleAreTakenFromTheSameRecords() {
        JdbcClient owner = JdbcClient.create(migrationDataSource);
        owner.sql("""
                create function audit_test_widen() returns trigger language plpgsql as $$
                begin
                    update audit set level = null where id = new.id;
                    return null;
                end;
                $$""").update();
        owner.sql("""
                create trigger audit_test_widen after update of drawn_at on audit for each row
                when (new.name = 'Ett urval, en ögonblicksbild') execute function audit_test_widen()""").update();
        try {
            var calls = new AuditCalls(port);
            var audit = calls.drawn(calls.created("Ett urval, en ögonblicksbild", "[]", "ALL", "2024-01-01",
                    "2025-12-31", "'RED'", 500, "ö"));

            assertThat(audit.get("eligibleCount").asInt()).isPositive().isLessThan(500);
            assertThat(audit.get("sampled").asInt()).isEqualTo(audit.get("eligibleCount").asInt());
        } finally {
            owner.sql("drop trigger audit_test_widen on audit").update();
            owner.sql("drop function audit_test_widen()").update();
        }
    }

    @Test
    void aMatterWhoseInvestigationClosedTodayIsDrawnByItsLevelAndArea() {
        var opened = CaseFlow.investigated(port, 8, "Ebbe", "ORANGE");
        closedToday(opened.matterId());
        String today = LocalDate.now().toString();
        var calls = new AuditCalls(port);

        var orange = calls.drawn(calls.created("I dag, orange", "[]", "ALL", today, today, "'ORANGE'", 500, "x"));
        var red = calls.drawn(calls.created("I dag, röd", "[]", "ALL", today, today, "'RED'", 500, "x"));
        var yesterday = calls.drawn(calls.created("I går", "[]", "ALL", LocalDate.now().minusDays(1).toString(),
                LocalDate.now().minusDays(1).toString(), "null", 500, "x"));

        assertThat(calls.sample(orange)).contains(opened.matterId());
        assertThat(calls.sample(red)).doesNotContain(opened.matterId());
        assertThat(calls.sample(yesterday)).doesNotContain(opened.matterId());
    }

    private void closedToday(String matterId) {
        var investigation = CaseFlow.investigation(port, matterId);
        String path = "/api/v1/investigations/" + investigation.get("id").asString();
        AuditCalls.ok(Api.as(port, "chef").post(path + "/communication", Api.json(
                "{'givenOn': '%s', 'comments': 'Inga synpunkter.', 'version': %d}", LocalDate.now(),
                investigation.get("version").asInt())));
        AuditCalls.ok(Api.as(port, "chef").post(path + "/decision", Api.json(
                "{'outcome': 'NO_INTERVENTION', 'interventionCode': null, 'reasons': 'Behovet är tillgodosett.'}")));
    }
}
