package se.helhet.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.support.Api;
import se.helhet.support.WebSession;
import se.helhet.support.HelhetTest;
import se.helhet.support.StaffIds;
import tools.jackson.databind.JsonNode;

@HelhetTest
class StopsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    private JsonNode stops(String user, String personId) {
        var response = Api.as(port, user).get("/api/v1/stops?personId=" + personId);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode stop(JsonNode match, String name) {
        for (JsonNode s : match.get("stops")) {
            if (s.get("name").asString().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("No stop " + name);
    }

    private String consultation(String heldOn, String... users) {
        StringBuilder ids = new StringBuilder();
        for (String user : users) {
            ids.append(ids.isEmpty() ? "" : ", ").append('\'').append(StaffIds.of(port, user)).append('\'');
        }
        return Api.json("{'heldOn': '%s', 'participantIds': [%s], 'agreed': 'Vi delar upp samtalen med barnet.', "
                + "'nextStep': 'Gemensamt möte med mamma.'}", heldOn, ids);
    }

    @Test
    void theStopsAreSetWhenTheFamilyStartsToMatchAndAChildMatterAloneSetsNone() {
        var alone = se.helhet.support.CaseFlow.reported(port, 7, "Ensam", "CONCERN_REPORT");
        assertThat(stops("mottagning", alone.childId())).isEmpty();

        Families family = Families.withViolenceMatterOpened(port, context, "Matcha", LocalDate.now());
        JsonNode matches = stops("mottagning", family.child().childId());
        assertThat(matches).hasSize(1);
        JsonNode match = matches.get(0);
        assertThat(match.get("routineName").asString()).isEqualTo("Våld i nära relation – barn och vuxen");
        assertThat(match.get("matchedOn").asString()).isEqualTo(LocalDate.now().toString());
        assertThat(match.get("stops").findValuesAsString("name")).containsExactly("Första samråd",
                "Akut: skyddat boende", "Akut: snabbt beslut om ekonomiskt bistånd", "Gemensam utredningsplanering",
                "Gemensam bedömning och barnkonsekvensanalys", "Gemensamt uppdrag till utförare",
                "Gemensam uppföljning");
        assertThat(match.get("workers").findValuesAsString("kind"))
                .containsExactlyInAnyOrder("CHILD_AND_YOUTH", "DOMESTIC_VIOLENCE");
        JsonNode first = stop(match, "Första samråd");
        assertThat(first.get("state").asString()).isEqualTo("AHEAD");
        assertThat(LocalDate.parse(first.get("dueOn").asString())).isAfter(LocalDate.now().plusDays(4));
        assertThat(match.get("stops").findValuesAsString("state")).containsOnly("AHEAD");
        // The mother's side sees the same family from her own person.
        assertThat(stops("ida.holmberg", family.mother()).get(0).get("matchId").asString())
                .isEqualTo(match.get("matchId").asString());
    }

    /** Intake, with the child's matter, sees the domestic-violence matter exist with its next stop, not its id. */
    @Test
    void theFamilyViewNamesAnotherUnitsMatterByItsNextStopAndNotByItsId() {
        Families family = Families.withViolenceMatterOpened(port, context, "Nästa", LocalDate.now().minusDays(20));

        var view = Api.as(port, "mottagning").get("/api/v1/families/" + family.child().childId());

        assertThat(view.status()).isEqualTo(200);
        tools.jackson.databind.JsonNode violence = null;
        for (var m : view.json().get("matters")) {
            if (m.get("kind").asString().equals("DOMESTIC_VIOLENCE")) {
                violence = m;
            }
        }
        assertThat(violence).as(view.body()).isNotNull();
        assertThat(violence.get("readable").asBoolean()).isFalse();
        assertThat(violence.get("id").isNull()).isTrue();
        assertThat(violence.get("nextStop").get("name").asString()).isEqualTo("Första samråd");
        assertThat(violence.get("nextStop").get("passed").asBoolean()).isTrue();
        assertThat(view.body()).doesNotContain(family.violenceMatter());
        assertThat(WebSession.loggedInAs(port, "mottagning").get("/familjer/" + family.child().childId()).body())
                .contains("Nästa hållplats", "Första samråd", "passerad utan samråd");
    }

    @Test
    void aStopPassedWithoutAConsultationIsFlaggedAndAHeldOneIsNot() {
        Families family = Families.withViolenceMatterOpened(port, context, "Passerad", LocalDate.now().minusDays(20));
        JsonNode match = stops("ida.holmberg", family.mother()).get(0);
        JsonNode first = stop(match, "Första samråd");
        assertThat(first.get("state").asString()).isEqualTo("PASSED_WITHOUT_CONSULTATION");
        assertThat(first.get("flagged").asBoolean()).isTrue();

        // A decision in the mother's matter: the stop before a decision is passed, unless consulted first.
        String decisionStop = stop(match, "Gemensam bedömning och barnkonsekvensanalys").get("id").asString();
        var held = Api.as(port, "ida.holmberg").post("/api/v1/stops/" + decisionStop + "/consultations",
                consultation(LocalDate.now().minusDays(2).toString(), "ida.holmberg", "mottagning"));
        assertThat(held.status()).as(held.body()).isEqualTo(201);
        assertThat(held.json().get("participants")).hasSize(2);
        var decided = Api.as(port, "ida.holmberg").post("/api/v1/matters/" + family.violenceMatter()
                + "/adult-decisions", Api.json("{'decidedOn': '%s', 'subject': 'Stödsamtal', 'outcome': 'GRANTED', "
                + "'reasons': 'Behov av stöd efter våldet.'}", LocalDate.now().minusDays(1)));
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        // The commission to a provider came without a consultation: flagged, and the commission still stands.
        var offered = Api.as(port, "mottagning").post("/api/v1/matters/" + family.child().matterId()
                + "/interventions", Api.json("""
                {'code': 'PARENTING_PROGRAMME', 'providerKind': 'EXTERNAL', 'providerName': 'Föreningen Trygga barn',
                 'responsibleWorkerId': '%s', 'goals': 'Tryggare vardag.', 'decisionId': null, 'offeredOn': '%s'}""",
                StaffIds.of(port, "lena.falk"), LocalDate.now()));
        assertThat(offered.status()).as(offered.body()).isEqualTo(201);

        JsonNode after = stops("ida.holmberg", family.mother()).get(0);
        JsonNode decision = stop(after, "Gemensam bedömning och barnkonsekvensanalys");
        assertThat(decision.get("state").asString()).isEqualTo("HELD");
        assertThat(decision.get("eventOn").asString()).isEqualTo(LocalDate.now().minusDays(1).toString());
        assertThat(decision.get("consultations").get(0).get("participants")).hasSize(2);
        JsonNode commission = stop(after, "Gemensamt uppdrag till utförare");
        assertThat(commission.get("state").asString()).isEqualTo("PASSED_WITHOUT_CONSULTATION");
        assertThat(commission.get("flagged").asBoolean()).isTrue();
        // The acute path's decision is the financial aid matter's: the family has none, so it is still ahead.
        assertThat(stop(after, "Akut: snabbt beslut om ekonomiskt bistånd").get("state").asString())
                .isEqualTo("AHEAD");
    }

    @Test
    void aConsultationNeedsWhatWasAgreedAndItsParticipantsAndIsNeverDatedAhead() {
        Families family = Families.withViolenceMatterOpened(port, context, "Samråd", LocalDate.now());
        String first = stop(stops("ida.holmberg", family.mother()).get(0), "Första samråd").get("id").asString();
        var refused = Api.as(port, "ida.holmberg").post("/api/v1/stops/" + first + "/consultations",
                Api.json("{'heldOn': '%s', 'participantIds': [], 'agreed': ' '}", LocalDate.now().plusDays(1)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("heldOn", "agreed", "participantIds");

        var held = Api.as(port, "ida.holmberg").post("/api/v1/stops/" + first + "/consultations",
                consultation(LocalDate.now().toString(), "ida.holmberg"));
        assertThat(held.status()).as(held.body()).isEqualTo(201);
        assertThat(stop(stops("mottagning", family.child().childId()).get(0), "Första samråd").get("state").asString())
                .isEqualTo("HELD");
        var mine = Api.as(port, "ida.holmberg").get("/api/v1/stops/mine").json();
        assertThat(mine.findValuesAsString("matchId")).contains(stops("ida.holmberg", family.mother()).get(0)
                .get("matchId").asString());
    }

    @Test
    void aWorkerOutsideTheFamilysMattersSeesNothingAndMayNotRecordAndEveryReadIsTraced() {
        Families family = Families.withViolenceMatterOpened(port, context, "Utanför", LocalDate.now());
        String first = stop(stops("ida.holmberg", family.mother()).get(0), "Första samråd").get("id").asString();

        assertThat(stops("vuxen", family.mother())).isEmpty();
        assertThat(stops("anna.berg", family.child().childId())).isEmpty();
        assertThat(Api.as(port, "vuxen").get("/api/v1/stops/" + first).status()).isEqualTo(403);
        assertThat(Api.as(port, "vuxen").post("/api/v1/stops/" + first + "/consultations",
                consultation(LocalDate.now().toString(), "vuxen")).status()).isEqualTo(403);

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from trace", Long.class);
        assertThat(Api.as(port, "ida.holmberg").get("/api/v1/stops/" + first).status()).isEqualTo(200);
        assertThat(jdbc.queryForList("""
                select person_id::text from trace where id > ? and username = 'ida.holmberg' and record_type = 'stop'
                  and action = 'READ'""", String.class, before)).containsExactly(family.mother());
        assertThat(Api.as(port, "ida.holmberg").post("/api/v1/stops/" + first + "/consultations",
                consultation(LocalDate.now().toString(), "ida.holmberg")).status()).isEqualTo(201);
        assertThat(jdbc.queryForList("""
                select person_id::text from trace where id > ? and username = 'ida.holmberg'
                  and record_type = 'stop-consultation' and action = 'CREATE'""", String.class, before))
                .containsExactlyInAnyOrder(family.mother(), family.child().childId());
    }
}
