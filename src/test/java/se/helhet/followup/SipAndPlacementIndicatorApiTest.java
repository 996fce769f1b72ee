package se.helhet.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;
import se.helhet.support.Placed;
import tools.jackson.databind.JsonNode;

/**
 * The indicators of coordinated plans and of the placement forum: each test reads today's figures, adds known work
 * through the API, reads again and checks that the counts moved by exactly what was added (the demo fills the tables).
 */
@HelhetTest
class SipAndPlacementIndicatorApiTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private final String today = LocalDate.now().toString();

    private Map<String, JsonNode> todayForAll() {
        var response = Api.as(port, "chef").get("/api/v1/indicators?from=" + today + "&to=" + today
                + "&area=ALL&ageGroup=ALL");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        Map<String, JsonNode> byCode = new HashMap<>();
        response.json().forEach(i -> byCode.put(i.get("code").asString(), i));
        return byCode;
    }

    private static long moved(Map<String, JsonNode> before, Map<String, JsonNode> after, String code, String field) {
        return after.get(code).get(field).asLong() - before.get(code).get(field).asLong();
    }

    private String person(int age, String worker) {
        var response = Api.as(port, worker).post("/api/v1/persons", Api.json(
                "{'givenName': 'Mätt', 'familyName': 'Planperson', 'birthDate': '%s'}",
                LocalDate.now().minusYears(age).minusDays(40)));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private String offer(String worker, String kind, String personId) {
        var response = Api.as(port, worker).post("/api/v1/sips", Api.json(
                "{'kind': '%s', 'personId': '%s', 'participants': []}", kind, personId));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return "/api/v1/sips/" + response.json().get("id").asString();
    }

    @Test
    void sipsOfferedTodayCountAsAcceptedAndHeldOfThoseOffered() {
        var before = todayForAll();
        String held = offer("socsek", "SIP", person(10, "socsek"));
        String declined = offer("socsek", "SIP", person(7, "socsek"));
        Api worker = Api.as(port, "socsek");
        worker.post(held + "/accept", "{}");
        assertThat(worker.post(held + "/hold", Api.json("""
                {'needs': 'Hjälp med läxor.', 'goals': 'Klara skolan.', 'followUpOn': '%s',
                 'actions': [{'who': 'Skolan', 'what': 'Läxhjälp', 'byWhen': '%s'}]}""",
                LocalDate.now().plusMonths(1), LocalDate.now().plusMonths(1))).status()).isEqualTo(200);
        worker.post(declined + "/decline", "{}");
        var after = todayForAll();

        for (String code : new String[] {"SIP_ACCEPTED", "SIP_HELD"}) {
            assertThat(moved(before, after, code, "denominator")).as(code).isEqualTo(2);
            assertThat(moved(before, after, code, "numerator")).as(code).isEqualTo(1);
        }
        assertThat(moved(before, after, "INTERN_SIP_ACCEPTED", "denominator")).isZero();
    }

    @Test
    void aYoungAdultWhoseFinancialAidBeganTodayIsOfferedAnInternSip() {
        String young = person(19, "hodan.farah");
        var before = todayForAll();
        var me = Api.as(port, "hodan.farah").get("/api/v1/me").json();
        UUID worker = UUID.fromString(me.get("id").asString());
        // The adult units open their own matters; the indicator needs only that one began today.
        new JdbcTemplate(dataSource).update("""
                insert into matter (id, person_id, unit_id, opened_at, kind, responsible_worker_id, reopened, created_by)
                values (?, ?::uuid, ?::uuid, now(), 'FINANCIAL_AID', ?, false, ?)""", UUID.randomUUID(), young,
                me.get("units").get(0).get("id").asString(), worker, worker);
        var opened = todayForAll();
        String intern = offer("hodan.farah", "INTERN_SIP", young);
        Api.as(port, "hodan.farah").post(intern + "/accept", "{}");
        var after = todayForAll();

        assertThat(moved(before, opened, "INTERN_SIP_OFFERED", "denominator")).isEqualTo(1);
        assertThat(moved(before, opened, "INTERN_SIP_OFFERED", "numerator")).isZero();
        assertThat(moved(opened, after, "INTERN_SIP_OFFERED", "denominator")).isZero();
        assertThat(moved(opened, after, "INTERN_SIP_OFFERED", "numerator")).isEqualTo(1);
        assertThat(moved(opened, after, "INTERN_SIP_ACCEPTED", "numerator")).isEqualTo(1);
        assertThat(moved(opened, after, "SIP_ACCEPTED", "denominator")).isZero();
    }

    @Test
    void aPlacementStartedTodayCountsWithAHomePlanAndForASchoolChildWithItsSchoolResponsibility() {
        var before = todayForAll();
        var schoolChild = Placed.child(port, 12, "Ines", "FOSTER_HOME");
        Placed.child(port, 3, "Otto", "EMERGENCY_FOSTER_HOME");
        var placed = todayForAll();
        assertThat(Api.as(port, "chef").put("/api/v1/placement-forum/placements/" + schoolChild.interventionId()
                + "/plan", Api.json("""
                {'homePlan': 'Hem till sommaren.', 'schoolName': 'Ekdalsskolan', 'schoolBefore': 'Mentorn',
                 'schoolDuring': 'Rektor vid familjehemmets skola', 'schoolAfter': 'Elevhälsan'}""")).status())
                .isEqualTo(200);
        var planned = todayForAll();

        assertThat(moved(before, placed, "PLACED_WITH_HOME_PLAN", "denominator")).isEqualTo(2);
        assertThat(moved(before, placed, "PLACED_WITH_HOME_PLAN", "numerator")).isZero();
        assertThat(moved(before, placed, "PLACED_WITH_SCHOOL_RESPONSIBILITY", "denominator")).isEqualTo(1);
        assertThat(moved(before, placed, "PLACED_WITH_SCHOOL_RESPONSIBILITY", "numerator")).isZero();
        assertThat(moved(placed, planned, "PLACED_WITH_HOME_PLAN", "numerator")).isEqualTo(1);
        assertThat(moved(placed, planned, "PLACED_WITH_SCHOOL_RESPONSIBILITY", "numerator")).isEqualTo(1);
    }
}
