package se.helhet.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.Consenting;
import se.helhet.support.HelhetTest;
import tools.jackson.databind.JsonNode;

/** The forum's and the referrals' indicators move by exactly the work added today. */
@HelhetTest
class ForumAndReferralIndicatorTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private final String today = LocalDate.now().toString();

    private Map<String, JsonNode> indicators(String area, String ageGroup) {
        var response = Api.as(port, "chef").get("/api/v1/indicators?from=" + today + "&to=" + today + "&area=" + area
                + "&ageGroup=" + ageGroup);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        Map<String, JsonNode> byCode = new HashMap<>();
        response.json().forEach(i -> byCode.put(i.get("code").asString(), i));
        return byCode;
    }

    private static long moved(Map<String, JsonNode> before, Map<String, JsonNode> after, String code, String field) {
        return after.get(code).get(field).asLong() - before.get(code).get(field).asLong();
    }

    @Test
    void anonymousConsultationsCountByTheForumsAreaAndTheAgeGroupTheQuestionNames() {
        String code = "FORUM_CONSULTATION_WITH_CONSENT";
        String pilotArea = JdbcClient.create(dataSource).sql("select id::text from area where kind = 'PILOT' limit 1")
                .query(String.class).single();
        var pilotBefore = indicators("PILOT", "6-12");
        var ordinaryBefore = indicators("ORDINARY", "ALL");
        var teenagersBefore = indicators("ALL", "13-17");
        Api chef = Api.as(port, "chef");
        var forum = chef.post("/api/v1/forums", Api.json("""
                {'name': 'Forum som räknas', 'areaId': '%s', 'serves': 'Ekdalsskolan', 'recurrence': 'MONTHLY'}""",
                pilotArea)).json();
        var meeting = chef.post("/api/v1/forums/" + forum.get("id").asString() + "/meetings", Api.json(
                "{'heldOn': '%s', 'participants': [{'actorKind': 'SCHOOL', 'name': 'Mira Holm'}]}", today)).json();
        String consultations = "/api/v1/forums/" + forum.get("id").asString() + "/meetings/"
                + meeting.get("id").asString() + "/consultations";
        for (String ageGroup : new String[] {"SCHOOL_AGE", "SCHOOL_AGE", "TEENAGER"}) {
            assertThat(chef.post(consultations, question(ageGroup, null)).status()).isEqualTo(201);
        }
        var opened = CaseFlow.reported(port, 8, "Räknad", "CONCERN_REPORT");
        assertThat(Api.as(port, "mottagning").post("/api/v1/consents", Consenting.consent(opened.childId(),
                Consenting.guardians(port, opened.childId(), 2), forum.get("unitId").asString(), "FORUM_CONSULTATION"))
                .status()).isEqualTo(201);
        assertThat(chef.post(consultations, question("SCHOOL_AGE", opened.childId())).status()).isEqualTo(201);

        var pilotAfter = indicators("PILOT", "6-12");
        assertThat(moved(pilotBefore, pilotAfter, code, "denominator")).isEqualTo(3);
        assertThat(moved(pilotBefore, pilotAfter, code, "numerator")).isEqualTo(1);
        assertThat(moved(teenagersBefore, indicators("ALL", "13-17"), code, "denominator")).isEqualTo(1);
        assertThat(moved(ordinaryBefore, indicators("ORDINARY", "ALL"), code, "denominator")).isZero();
    }

    @Test
    void aReferralCountsAsFollowedUpAndTheLatestFollowUpSaysWhetherTheHelpCame() {
        var before = indicators("ALL", "ALL");
        var opened = CaseFlow.investigated(port, 10, "Länkad", "ORANGE");
        Api intake = Api.as(port, "mottagning");
        String referrals = "/api/v1/matters/" + opened.matterId() + "/referrals";
        String referral = "{'actorKind': 'CIVIL_SOCIETY', 'actorName': 'Läxhjälpen', 'purpose': 'Stöd i skolarbetet'}";
        String followedUp = intake.post(referrals, Api.json(referral)).json().get("id").asString();
        intake.post(referrals, Api.json(referral));
        intake.post("/api/v1/referrals/" + followedUp + "/follow-up", Api.json("{'helpReceived': false}"));
        intake.post("/api/v1/referrals/" + followedUp + "/follow-up", Api.json("{'helpReceived': true}"));

        var after = indicators("ALL", "ALL");
        assertThat(moved(before, after, "REFERRAL_FOLLOWED_UP", "denominator")).isEqualTo(2);
        assertThat(moved(before, after, "REFERRAL_FOLLOWED_UP", "numerator")).isEqualTo(1);
        assertThat(moved(before, after, "REFERRAL_HELP_RECEIVED", "denominator")).isEqualTo(1);
        assertThat(moved(before, after, "REFERRAL_HELP_RECEIVED", "numerator")).isEqualTo(1);
    }

    private static String question(String ageGroup, String childId) {
        return Api.json("""
                {'ageGroup': '%s', 'broughtBy': 'Kurator', 'question': 'Oro för en elev.', 'advice': 'Prata hemma.',
                 'followUpBy': 'Kuratorn', 'childId': %s}""", ageGroup, childId == null ? "null" : "'" + childId + "'");
    }
}
