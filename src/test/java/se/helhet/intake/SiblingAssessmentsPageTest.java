package se.helhet.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.helhet.support.Api;
import se.helhet.support.Children;
import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

/**
 * Two siblings in one report: the page lists them in the order they were entered, and their protection and
 * preliminary assessments are typed once in a form for both, each child still getting its own assessment.
 */
@HelhetTest
class SiblingAssessmentsPageTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    /** The siblings entered so that their ids sort the other way: the page cannot list them by id by chance. */
    private String[] reportAboutTwoSiblings(String first, String second) {
        String a = Children.aChild(port, 9, first);
        String b = Children.aChild(port, 7, second);
        String[] entered = a.compareTo(b) > 0 ? new String[] {a, b} : new String[] {b, a};
        var report = Api.as(port, "mottagning").post("/api/v1/reports", Api.json("""
                {'kind': 'CONCERN_REPORT', 'reporterCategory': 'SCHOOL', 'reporterName': 'Kim',
                 'childIds': ['%s', '%s'], 'concernReasons': ['NEGLECT'], 'description': 'Oro för syskonen.'}""",
                entered[0], entered[1]));
        assertThat(report.status()).isEqualTo(201);
        return new String[] {report.json().get("id").asString(), entered[0], entered[1]};
    }

    private String nameOf(String childId) {
        return JdbcClient.create(dataSource).sql("select given_name from person where id = ?::uuid").param(childId)
                .query(String.class).single();
    }

    @Test
    void childrenAreListedInTheOrderEntered() {
        String[] ids = reportAboutTwoSiblings("Ture", "Ulla");
        String body = WebSession.loggedInAs(port, "mottagning").get("/anmalningar/" + ids[0]).body();

        assertThat(body.indexOf("id=\"barn-" + ids[1] + "\"")).isPositive()
                .isLessThan(body.indexOf("id=\"barn-" + ids[2] + "\""));
        var api = Api.as(port, "mottagning").get("/api/v1/reports/" + ids[0]);
        assertThat(api.json().get("children").findValuesAsString("childId")).containsExactly(ids[1], ids[2]);
    }

    @Test
    void theProtectionAssessmentIsTypedOnceForBothAndRecordedForEach() {
        String[] ids = reportAboutTwoSiblings("Vera", "Walter");
        String path = "/anmalningar/" + ids[0];
        WebSession web = WebSession.loggedInAs(port, "mottagning");
        assertThat(web.get(path).body()).contains("id=\"alla-barnen\"", "Skyddsbedömning för alla barnen",
                "Bedöm barnet för sig");

        var refused = web.post(path + "/skyddsbedomning", Map.of("immediateProtectionNeeded", "false", "reasoning", " "));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"alla-protectionReasoning-error\"", "Motivera bedömningen",
                "href=\"#alla-protectionReasoning\"");
        assertThat(refused.body()).containsPattern("id=\"alla-immediateProtectionNeeded-no\"[^>]*checked");
        assertThat(protections(ids[0], null)).isZero();

        var saved = web.post(path + "/skyddsbedomning", Map.of("immediateProtectionNeeded", "false",
                "reasoning", "Barnen hämtas av en förälder i dag."));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(protections(ids[0], "Barnen hämtas av en förälder i dag.")).isEqualTo(2);
        assertThat(web.get(path).body()).contains("Skyddsbedömningen är sparad för 2 barn.",
                "Förhandsbedömning för alla barnen").doesNotContain("Skyddsbedömning för alla barnen");
    }

    @Test
    void eachChildGetsItsOwnOutcomeUnderOneReasoningAndAChildLeftUndecidedSavesNeither() {
        String[] ids = reportAboutTwoSiblings("Xena", "Yngve");
        String path = "/anmalningar/" + ids[0];
        WebSession web = WebSession.loggedInAs(port, "mottagning");
        web.get(path);
        assertThat(web.post(path + "/skyddsbedomning", Map.of("immediateProtectionNeeded", "false",
                "reasoning", "Inget akut.")).status()).isEqualTo(302);
        assertThat(web.get(path).body()).containsPattern("<legend><span>" + nameOf(ids[1]) + "[^<]*</span>");

        Map<String, String> fields = new HashMap<>(Map.of("c1.decision", "OPEN_INVESTIGATION:ORANGE",
                "c2.decision", "", "decidedOn", "", "reasoning", "Skolans uppgifter beskriver brister över tid.",
                "c2.referralActorKind", "SCHOOL", "c2.referralActorName", "Elevhälsan",
                "c2.referralPurpose", "Samtalsstöd"));
        var refused = web.post(path + "/forhandsbedomning", fields);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"alla-c2-decision-error\"", "Välj vad förhandsbedömningen leder till",
                ">Skolans uppgifter beskriver brister över tid.</textarea>", "value=\"Elevhälsan\"")
                .doesNotContain("id=\"alla-c1-decision-error\"");
        assertThat(refused.body()).containsPattern("value=\"OPEN_INVESTIGATION:ORANGE\"\\s+selected");
        assertThat(preliminaries(ids[0])).as("all or none").isEmpty();

        fields.put("c2.decision", "NO_INVESTIGATION:GREEN");
        var saved = web.post(path + "/forhandsbedomning", fields);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(preliminaries(ids[0])).containsExactly(
                ids[1] + " OPEN_INVESTIGATION ORANGE Skolans uppgifter beskriver brister över tid.",
                ids[2] + " NO_INVESTIGATION GREEN Skolans uppgifter beskriver brister över tid.");
        assertThat(web.get(path).body()).contains("Förhandsbedömningen är sparad för 2 barn.", "Elevhälsan (skola)");
    }

    private int protections(String reportId, String reasoning) {
        return JdbcClient.create(dataSource).sql("""
                        select count(*) from protection_assessment
                        where report_id = ?::uuid and (?::text is null or reasoning = ?::text)""")
                .params(reportId, reasoning, reasoning).query(Integer.class).single();
    }

    private List<String> preliminaries(String reportId) {
        return JdbcClient.create(dataSource).sql("""
                        select p.child_id || ' ' || p.outcome || ' ' || coalesce(p.level, '-') || ' ' || p.reasoning
                        from preliminary_assessment p join report_child c using (report_id, child_id)
                        where p.report_id = ?::uuid order by c.entered_order""")
                .param(reportId).query(String.class).list();
    }
}
