package se.helhet.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

@HelhetTest
class ReferralApiTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private final LocalDate today = LocalDate.now();

    @Test
    void aPreliminaryAssessmentLinksTheFamilyOverAndTheReferralIsFollowedUpInTheClosedMatter() {
        var opened = CaseFlow.reported(port, 8, "Ellen", "CONCERN_REPORT");
        Api intake = Api.as(port, "mottagning");
        String base = "/api/v1/reports/" + opened.reportId() + "/children/" + opened.childId();
        intake.post(base + "/protection-assessment",
                Api.json("{'immediateProtectionNeeded': false, 'reasoning': 'Inget akut.'}"));

        var decided = intake.post(base + "/preliminary-assessment", Api.json("""
                {'outcome': 'NO_INVESTIGATION', 'level': 'GREEN', 'reasoning': 'Skolan ger stöd.',
                 'referral': {'actorKind': 'SCHOOL', 'actorName': 'Elevhälsan, Ekdalsskolan',
                              'purpose': 'Samtalsstöd hos kuratorn'}}"""));

        assertThat(decided.status()).isEqualTo(201);
        assertThat(decided.json().get("referrals").get(0).get("actorName").asString())
                .isEqualTo("Elevhälsan, Ekdalsskolan");
        String matter = "/api/v1/matters/" + opened.matterId();
        var referrals = intake.get(matter + "/referrals").json();
        assertThat(referrals).hasSize(1);
        var referral = referrals.get(0);
        assertThat(referral.get("actorKind").asString()).isEqualTo("SCHOOL");
        assertThat(referral.get("reportId").asString()).isEqualTo(opened.reportId());
        assertThat(referral.get("referredOn").asString()).isEqualTo(today.toString());
        assertThat(referral.get("helpReceived").isNull()).isTrue();
        assertThat(intake.get(matter).json().get("closedOn").asString()).isEqualTo(today.toString());

        var followedUp = intake.post("/api/v1/referrals/" + referral.get("id").asString() + "/follow-up", Api.json(
                "{'helpReceived': true, 'helpReceivedOn': '%s', 'note': 'Första samtalet är hållet.'}", today));

        assertThat(followedUp.status()).isEqualTo(201);
        assertThat(followedUp.json().get("helpReceived").asBoolean()).isTrue();
        assertThat(followedUp.json().get("followUps").get(0).get("followedUpOn").asString()).isEqualTo(today.toString());
        assertThat(intake.get(matter + "/timeline").json().findValuesAsString("kind"))
                .contains("REFERRAL", "REFERRAL_FOLLOW_UP");
        assertThat(intake.get(matter + "/timeline").json().findValuesAsString("text")).anySatisfy(t -> assertThat(t)
                .isEqualTo("Länkad till Elevhälsan, Ekdalsskolan (skola): Samtalsstöd hos kuratorn"));
        assertThat(intake.inLanguage("en").get(matter + "/timeline").json().findValuesAsString("text"))
                .contains("Referred to Elevhälsan, Ekdalsskolan (school): Samtalsstöd hos kuratorn",
                        "Follow-up " + today + " of the referral to Elevhälsan, Ekdalsskolan: the help has come ("
                                + today + ")");
        var family = intake.get("/api/v1/families/" + opened.childId());
        assertThat(family.status()).isEqualTo(200);
        var inFamily = family.json().get("sections").get("referrals").get(0);
        assertThat(inFamily.get("referral").get("actorName").asString()).isEqualTo("Elevhälsan, Ekdalsskolan");
        assertThat(inFamily.get("matterId").asString()).isEqualTo(opened.matterId());
        assertThat(WebSession.loggedInAs(port, "mottagning").get("/familjer/" + opened.childId()).body())
                .contains("Länkningar till andra aktörer", "Elevhälsan, Ekdalsskolan (skola)", "hjälpen har kommit");
        assertThat(WebSession.loggedInAs(port, "mottagning").get("/anmalningar/" + opened.reportId()).body())
                .contains("Länkad till", "Elevhälsan, Ekdalsskolan (skola): Samtalsstöd hos kuratorn");
        assertThat(JdbcClient.create(dataSource).sql("""
                        select count(*) from trace where record_type = 'referral' and person_id = ?::uuid
                          and action in ('CREATE', 'UPDATE')""")
                .param(opened.childId()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aReferralFromTheMatterNamesEveryProblemAndStaysWithTheMattersUnit() {
        var opened = CaseFlow.investigated(port, 15, "Alva", "ORANGE");
        String referrals = "/api/v1/matters/" + opened.matterId() + "/referrals";

        var wrong = Api.as(port, "mottagning").post(referrals, Api.json(
                "{'actorKind': 'WIZARD', 'actorName': ' ', 'purpose': '', 'referredOn': '2099-01-01'}"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("actorKind", "actorName", "purpose", "referredOn");

        var referred = Api.as(port, "mottagning").post(referrals, Api.json(
                "{'actorKind': 'YOUTH_CLINIC', 'actorName': 'Ungdomsmottagningen Väst', 'purpose': 'Samtal om oro'}"));
        assertThat(referred.status()).isEqualTo(201);
        String id = referred.json().get("id").asString();
        assertThat(referred.json().get("reportId").isNull()).isTrue();

        Api adultUnit = Api.as(port, "vuxen");
        assertThat(adultUnit.get(referrals).status()).isEqualTo(403);
        assertThat(adultUnit.get("/api/v1/referrals/" + id).status()).isEqualTo(403);
        assertThat(adultUnit.post("/api/v1/referrals/" + id + "/follow-up", Api.json("{'helpReceived': false}"))
                .status()).isEqualTo(403);

        var noAnswer = Api.as(port, "mottagning").post("/api/v1/referrals/" + id + "/follow-up", Api.json(
                "{'followedUpOn': '%s', 'helpReceivedOn': '%s'}", today.minusDays(1), today));
        // Followed up the day before the referral, help received after the follow-up, and no answer whether.
        assertThat(noAnswer.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("helpReceived", "followedUpOn", "helpReceivedOn");
        var notYet = Api.as(port, "mottagning").post("/api/v1/referrals/" + id + "/follow-up",
                Api.json("{'helpReceived': false, 'helpReceivedOn': '%s'}", today));
        assertThat(notYet.json().get("errors").findValuesAsString("field")).containsExactly("helpReceivedOn");
    }

    @Test
    void aReferralTypedWithAPreliminaryAssessmentIsRefusedWithItNamedUnderReferral() {
        var opened = CaseFlow.reported(port, 11, "Tore", "CONCERN_REPORT");
        Api intake = Api.as(port, "mottagning");
        String base = "/api/v1/reports/" + opened.reportId() + "/children/" + opened.childId();
        intake.post(base + "/protection-assessment",
                Api.json("{'immediateProtectionNeeded': false, 'reasoning': 'Inget akut.'}"));

        var refused = intake.post(base + "/preliminary-assessment", Api.json("""
                {'outcome': 'NO_INVESTIGATION', 'reasoning': 'Skolan ger stöd.',
                 'referral': {'actorKind': 'CHILD_PSYCHIATRY', 'actorName': 'BUP Västra'}}"""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("referral.purpose");
        assertThat(intake.get("/api/v1/matters/" + opened.matterId() + "/referrals").json()).isEmpty();
        assertThat(intake.get("/api/v1/matters/" + opened.matterId()).json().get("closedOn").isNull()).isTrue();
    }
}
