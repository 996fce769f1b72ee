package se.helhet.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;
import tools.jackson.databind.JsonNode;

@HelhetTest
class SipApiTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    JdbcTemplate jdbc;
    PlanPeople people;

    @BeforeEach
    void setUp() {
        jdbc = new JdbcTemplate(dataSource);
        people = new PlanPeople(port, jdbc);
    }

    private JsonNode offered(String worker, String personId, String kind, String participants) {
        var response = Api.as(port, worker).post("/api/v1/sips", Api.json(
                "{'kind': '%s', 'personId': '%s', 'offeredOn': '%s', 'participants': %s}", kind, personId,
                LocalDate.now().minusDays(10), participants));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static String holding(LocalDate heldOn, LocalDate followUpOn) {
        return Api.json("""
                {'heldOn': '%s', 'needs': 'Jag vill ha hjälp med läxorna och att sova bättre.',
                 'goals': 'Jag vill gå till skolan varje dag.',
                 'actions': [{'who': 'BUP Söder', 'what': 'Utredning av sömnen', 'byWhen': '%s'},
                             {'who': 'Pilotteamet', 'what': 'Samtal med föräldrarna varannan vecka', 'byWhen': '%s'}],
                 'followUpOn': '%s', 'participants': []}""", heldOn, followUpOn, followUpOn, followUpOn);
    }

    @Test
    void aSipIsOfferedAcceptedHeldAndFollowedUpWithTheActorsTakingPart() {
        String child = people.aged(11, "socsek");
        JsonNode sip = offered("socsek", child, "SIP", Api.json(
                "[{'unitId': '%s'}, {'actorKind': 'CHILD_PSYCHIATRY', 'actorName': 'BUP Söder'}]", people.unitOf("socsek")));
        String path = "/api/v1/sips/" + sip.get("id").asString();
        Api worker = Api.as(port, "socsek");

        assertThat(sip.get("state").asString()).isEqualTo("OFFERED");
        assertThat(sip.get("participants").get(1).get("actorKind").asString()).isEqualTo("CHILD_PSYCHIATRY");
        assertThat(sip.get("nextSteps").toString()).isEqualTo("[\"ACCEPT\",\"DECLINE\"]");
        var accepted = worker.post(path + "/accept", Api.json("{'date': '%s'}", LocalDate.now().minusDays(8)));
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("state").asString()).isEqualTo("ACCEPTED");
        var held = worker.post(path + "/hold", holding(LocalDate.now().minusDays(2), LocalDate.now().plusMonths(2)));
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        assertThat(held.json().get("needs").asString()).startsWith("Jag vill ha hjälp");
        assertThat(held.json().get("actions")).hasSize(2);
        assertThat(held.json().get("actions").get(0).get("byWhen").asString())
                .isEqualTo(LocalDate.now().plusMonths(2).toString());
        var followedUp = worker.post(path + "/follow-up", Api.json("{'outcome': 'Sömnen är bättre; BUP fortsätter.'}"));
        assertThat(followedUp.status()).isEqualTo(200);
        assertThat(followedUp.json().get("state").asString()).isEqualTo("FOLLOWED_UP");
        assertThat(followedUp.json().get("followedUpOn").asString()).isEqualTo(LocalDate.now().toString());

        var listed = worker.get("/api/v1/persons/" + child + "/sips");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().findValuesAsString("id")).containsExactly(sip.get("id").asString());
        assertThat(jdbc.queryForList("select action from trace where record_type = 'sip' and person_id = ?::uuid"
                + " and username = 'socsek' order by id", String.class, child))
                .containsSubsequence("CREATE", "UPDATE", "UPDATE", "UPDATE", "READ");
    }

    @Test
    void aPersonMayDeclineAndADeclinedPlanTakesNoMoreSteps() {
        String child = people.aged(9, "socsek");
        String path = "/api/v1/sips/" + offered("socsek", child, "SIP", "[]").get("id").asString();
        Api worker = Api.as(port, "socsek");

        var declined = worker.post(path + "/decline", Api.json("{'reason': 'Familjen vill vänta till hösten.'}"));
        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.json().get("declinedReason").asString()).isEqualTo("Familjen vill vänta till hösten.");
        assertThat(worker.post(path + "/accept", "{}").status()).isEqualTo(409);
        assertThat(worker.post(path + "/hold", holding(LocalDate.now(), LocalDate.now().plusMonths(1))).status())
                .isEqualTo(409);
    }

    @Test
    void stepsOutOfOrderAndMissingContentAreRefusedNamingTheField() {
        String child = people.aged(14, "socsek");
        String path = "/api/v1/sips/" + offered("socsek", child, "SIP", "[]").get("id").asString();
        Api worker = Api.as(port, "socsek");

        assertThat(worker.post(path + "/hold", holding(LocalDate.now(), LocalDate.now().plusMonths(1))).status())
                .isEqualTo(409);
        assertThat(worker.post(path + "/follow-up", Api.json("{'outcome': 'X'}")).status()).isEqualTo(409);
        assertThat(worker.post(path + "/accept", Api.json("{'date': '%s'}", LocalDate.now().plusDays(1))).json()
                .get("errors").toString()).contains("date");
        worker.post(path + "/accept", "{}");
        var empty = worker.post(path + "/hold", Api.json("{'needs': ' ', 'actions': [{'who': 'Skolan'}]}"));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("needs", "goals", "followUpOn", "actions[0].what", "actions[0].byWhen");
        var early = worker.post(path + "/hold", holding(LocalDate.now(), LocalDate.now()));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("followUpOn");
        var unknown = Api.as(port, "socsek").post("/api/v1/sips", Api.json(
                "{'kind': 'PLAN', 'personId': '%s', 'participants': [{'actorKind': 'SCHOOL'}]}", child));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"kind\"", "participants[0].actorName");
    }

    @Test
    void anInternSipIsForYoungAdultsWithAMatterInAnAdultUnitOrFinancialAid() {
        String young = people.aged(19, "hodan.farah");
        String older = people.aged(30, "hodan.farah");
        people.openMatter(older, "FINANCIAL_AID", "hodan.farah");
        String unit = Api.json("[{'unitId': '%s'}]", people.unitOf("hodan.farah"));
        Api worker = Api.as(port, "hodan.farah");

        var withoutMatter = worker.post("/api/v1/sips", Api.json(
                "{'kind': 'INTERN_SIP', 'personId': '%s', 'participants': %s}", young, unit));
        assertThat(withoutMatter.status()).isEqualTo(400);
        assertThat(withoutMatter.json().get("errors").toString()).contains("kind", "ekonomiskt bistånd");
        var tooOld = worker.post("/api/v1/sips", Api.json(
                "{'kind': 'INTERN_SIP', 'personId': '%s', 'participants': %s}", older, unit));
        assertThat(tooOld.status()).isEqualTo(400);
        assertThat(tooOld.json().get("errors").toString()).contains("kind", "30 år");

        people.openMatter(young, "FINANCIAL_AID", "hodan.farah");
        var external = worker.post("/api/v1/sips", Api.json("{'kind': 'INTERN_SIP', 'personId': '%s', "
                + "'participants': [{'actorKind': 'HEALTH_CARE', 'actorName': 'Vårdcentralen'}]}", young));
        assertThat(external.status()).isEqualTo(400);
        assertThat(external.body()).contains("participants[0]");
        JsonNode intern = offered("hodan.farah", young, "INTERN_SIP", unit);
        assertThat(intern.get("kind").asString()).isEqualTo("INTERN_SIP");
        assertThat(intern.get("unitName").asString()).isEqualTo("Ekonomiskt bistånd");
    }

    @Test
    void aWorkerWithoutAccessToThePersonGets403AndNothingLeaks() {
        String child = people.aged(12, "socsek");
        String id = offered("socsek", child, "SIP", "[{'actorKind': 'SCHOOL', 'actorName': 'Ekdalsskolan'}]")
                .get("id").asString();
        Api.as(port, "socsek").post("/api/v1/sips/" + id + "/accept", "{}");
        Api.as(port, "socsek").post("/api/v1/sips/" + id + "/hold", holding(LocalDate.now(), LocalDate.now().plusMonths(1)));
        long traced = jdbc.queryForObject("select count(*) from trace where username in ('vuxen', 'anna.berg', 'analytiker')",
                Long.class);

        for (String outsider : new String[] {"vuxen", "anna.berg", "analytiker"}) {
            Api api = Api.as(port, outsider);
            var one = api.get("/api/v1/sips/" + id);
            var list = api.get("/api/v1/persons/" + child + "/sips");
            var step = api.post("/api/v1/sips/" + id + "/follow-up", Api.json("{'outcome': 'Inget.'}"));
            var offer = api.post("/api/v1/sips", Api.json("{'kind': 'SIP', 'personId': '%s'}", child));
            assertThat(one.status()).as(outsider).isEqualTo(403);
            assertThat(list.status()).as(outsider).isEqualTo(403);
            assertThat(step.status()).as(outsider).isEqualTo(403);
            assertThat(offer.status()).as(outsider).isEqualTo(403);
            assertThat(one.body() + list.body() + step.body()).doesNotContain("läxorna", "Planperson");
        }
        assertThat(jdbc.queryForObject("select count(*) from trace where username in ('vuxen', 'anna.berg', 'analytiker')",
                Long.class)).isEqualTo(traced);
        assertThat(Api.as(port, "socsek").get("/api/v1/sips/" + id).json().get("state").asString()).isEqualTo("HELD");
    }

    @Test
    void aUnitTakingPartReadsThePlanOfAPersonItWorksWith() {
        String young = people.aged(20, "hodan.farah");
        people.openMatter(young, "FINANCIAL_AID", "hodan.farah");
        // The addiction unit works with the young adult too and takes part in the plan.
        jdbc.update("insert into person_unit (person_id, unit_id) values (?::uuid, ?::uuid) on conflict do nothing",
                young, people.unitOf("vuxen"));
        String id = offered("hodan.farah", young, "INTERN_SIP", Api.json("[{'unitId': '%s'}, {'unitId': '%s'}]",
                people.unitOf("hodan.farah"), people.unitOf("vuxen"))).get("id").asString();

        var read = Api.as(port, "vuxen").get("/api/v1/sips/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from trace where username = 'vuxen' and record_type = 'sip'"
                + " and person_id = ?::uuid and action = 'READ'", Long.class, young)).isEqualTo(1);
        assertThat(Api.as(port, "vuxen").post("/api/v1/sips/" + id + "/accept", "{}").status()).isEqualTo(200);
    }
}
