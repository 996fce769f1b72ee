package se.helhet.childimpact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.matter.MatterKind;
import se.helhet.support.AdultMatters;
import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.HelhetTest;
import se.helhet.support.StaffIds;
import tools.jackson.databind.JsonNode;

@HelhetTest
class ChildImpactApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    private final LocalDate today = LocalDate.now();

    /** A child with a matter at intake, the mother as guardian, and her financial aid matter. */
    private record Family(CaseFlow.Opened child, String mother, String aidMatter) {
    }

    private Family family(String name) {
        CaseFlow.Opened child = CaseFlow.reported(port, 9, name, "CONCERN_REPORT");
        Api intake = Api.as(port, "mottagning");
        String mother = intake.post("/api/v1/persons", Api.json(
                "{'givenName': 'Mor %s', 'familyName': 'Testförälder', 'birthDate': '%s'}", name,
                today.minusYears(36))).json().get("id").asString();
        assertThat(intake.post("/api/v1/persons/" + mother + "/relations",
                Api.json("{'type': 'GUARDIAN', 'relatedPersonId': '%s'}", child.childId())).status()).isEqualTo(204);
        String aid = AdultMatters.open(context, mother, MatterKind.FINANCIAL_AID, "Ekonomiskt bistånd", "hodan.farah",
                today.minusDays(10));
        return new Family(child, mother, aid);
    }

    private Api.Response decide(Family f, LocalDate on) {
        return Api.as(port, "hodan.farah").post("/api/v1/matters/" + f.aidMatter() + "/adult-decisions", Api.json(
                "{'decidedOn': '%s', 'subject': 'Bistånd till hyra under skyddat boende', 'outcome': 'PARTLY_GRANTED', "
                        + "'reasons': 'Hyran beviljas, möbler avslås.'}", on));
    }

    /** The financial aid worker's analysis: her matter's part written, the child's matter invited. */
    private Api.Response analyse(Family f, String user, boolean withCommission) {
        String commission = withCommission ? """
                , 'commission': {'providerName': 'Skyddat boende Linden', 'commissionedOn': '%s',
                   'childNeeds': 'Skolskjuts och samtal om det hon varit med om.',
                   'adultNeeds': 'Skydd och stöd i kontakten med polisen.'}""".formatted(today) : "";
        return Api.as(port, user).post("/api/v1/child-impact-analyses", Api.json("""
                {'childId': '%s', 'madeOn': '%s', 'participantIds': ['%s', '%s'],
                 'situation': 'Bor med mamma i skyddat boende sedan en vecka.',
                 'childViews': 'Vill gå kvar i sin skola.', 'howHeard': 'Samtal ensam med barnet, med bildkort.',
                 'consequences': [{'matterId': '%s', 'plannedDecision': 'Bistånd till hyran',
                                   'consequence': 'Barnet kan bo kvar nära skolan.'}],
                 'invited': [{'personId': '%s', 'kind': 'CHILD_AND_YOUTH'}],
                 'jointAssessment': 'Hyran och familjebehandlingen tillsammans ger barnet trygghet.'%s}""",
                f.child().childId(), today, StaffIds.of(port, "hodan.farah"), StaffIds.of(port, "mottagning"),
                f.aidMatter(), f.child().childId(), commission));
    }

    private static JsonNode part(JsonNode analysis, String kind) {
        for (JsonNode c : analysis.get("consequences")) {
            if (c.get("kind").asString().equals(kind)) {
                return c;
            }
        }
        throw new AssertionError("No part of kind " + kind + " in " + analysis);
    }

    private Map<String, JsonNode> indicators() {
        var response = Api.as(port, "chef").get("/api/v1/indicators?from=" + today.minusDays(3) + "&to=" + today);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        Map<String, JsonNode> byCode = new HashMap<>();
        response.json().forEach(i -> byCode.put(i.get("code").asString(), i));
        return byCode;
    }

    private static long moved(Map<String, JsonNode> before, Map<String, JsonNode> after, String field) {
        String code = "ADULT_DECISION_WITH_CHILD_IMPACT_ANALYSIS";
        return after.get(code).get(field).asLong() - before.get(code).get(field).asLong();
    }

    @Test
    void anAdultDecisionWithoutTheChildsAnalysisIsFlaggedAndCountedNotRefused() {
        var before = indicators();
        Family f = family("Flagga");
        var decided = decide(f, today.minusDays(1));
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        assertThat(decided.json().get("outcome").asString()).isEqualTo("PARTLY_GRANTED");
        assertThat(decided.json().get("decidedBy").asString()).isEqualTo("Hodan Farah");

        var missing = Api.as(port, "hodan.farah").get("/api/v1/matters/" + f.aidMatter()
                + "/missing-child-impact-analyses");
        assertThat(missing.json().findValuesAsString("childId")).containsExactly(f.child().childId());

        var analysed = analyse(f, "hodan.farah", true);
        assertThat(analysed.status()).as(analysed.body()).isEqualTo(201);
        assertThat(analysed.json().get("consequences").findValuesAsString("kind"))
                .containsExactlyInAnyOrder("FINANCIAL_AID", "CHILD_AND_YOUTH");
        assertThat(part(analysed.json(), "CHILD_AND_YOUTH").get("written").asBoolean()).isFalse();
        assertThat(analysed.json().get("commission").get("childNeeds").asString()).contains("Skolskjuts");
        assertThat(analysed.json().get("participants").toString()).contains("Hodan Farah", "Amira Khalil");
        // Made after yesterday's decision, the analysis does not mend it; today's decision has it.
        assertThat(decide(f, today).status()).isEqualTo(201);
        assertThat(Api.as(port, "hodan.farah").get("/api/v1/matters/" + f.aidMatter()
                + "/missing-child-impact-analyses").json()).hasSize(1);

        var after = indicators();
        assertThat(moved(before, after, "denominator")).isEqualTo(2);
        assertThat(moved(before, after, "numerator")).isEqualTo(1);
    }

    @Test
    void aChildAndYouthMattersDecisionIsNotRecordedHereAndAnAnalysisNeedsTheFamilysMattersAndItsParts() {
        Family f = family("Regler");
        var childMatter = Api.as(port, "mottagning").post("/api/v1/matters/" + f.child().matterId()
                + "/adult-decisions", Api.json("{'subject': 'x', 'outcome': 'GRANTED', 'reasons': 'y'}"));
        assertThat(childMatter.status()).isEqualTo(400);
        var inEnglish = Api.as(port, "mottagning").inLanguage("en").post("/api/v1/matters/" + f.child().matterId()
                + "/adult-decisions", Api.json("{'subject': 'x', 'outcome': 'GRANTED', 'reasons': 'y'}"));
        assertThat(inEnglish.json().get("errors").findValuesAsString("message")).containsExactly(
                "Decisions in a child and youth matter are made in the investigation, not here");

        var incomplete = Api.as(port, "hodan.farah").post("/api/v1/child-impact-analyses", Api.json(
                "{'childId': '%s', 'participantIds': [], 'consequences': []}", f.child().childId()));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.json().get("errors").findValuesAsString("field")).contains("participantIds",
                "situation", "childViews", "howHeard", "jointAssessment", "consequences");
        var stranger = CaseFlow.reported(port, 10, "Främling", "CONCERN_REPORT");
        var foreign = Api.as(port, "mottagning").post("/api/v1/child-impact-analyses", Api.json("""
                {'childId': '%s', 'participantIds': ['%s'], 'situation': 's', 'childViews': 'v', 'howHeard': 'h',
                 'jointAssessment': 'a', 'consequences': [{'matterId': '%s', 'plannedDecision': 'p',
                 'consequence': 'c'}]}""", f.child().childId(), StaffIds.of(port, "mottagning"), stranger.matterId()));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().get("errors").findValuesAsString("field")).containsExactly("consequences[0].matterId");

        // Intake writes its own matter's part; the financial aid matter's part is its workers' to write, and a kind
        // the mother has no open matter of cannot be invited: both named at once.
        var othersPart = Api.as(port, "mottagning").post("/api/v1/child-impact-analyses", Api.json("""
                {'childId': '%s', 'participantIds': ['%s'], 'situation': 's', 'childViews': 'v', 'howHeard': 'h',
                 'jointAssessment': 'a', 'consequences': [{'matterId': '%s', 'plannedDecision': 'p', 'consequence': 'c'},
                 {'matterId': '%s', 'plannedDecision': 'p', 'consequence': 'c'}],
                 'invited': [{'personId': '%s', 'kind': 'ADDICTION'}]}""", f.child().childId(),
                StaffIds.of(port, "mottagning"), f.child().matterId(), f.aidMatter(), f.mother()));
        assertThat(othersPart.status()).as(othersPart.body()).isEqualTo(400);
        assertThat(othersPart.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("consequences[1].matterId", "invited[0].kind");
        assertThat(othersPart.body()).contains("skriver själva dess del");
    }

    @Test
    void eachUnitWritesAndReadsItsOwnPartAndEveryReadAndWriteIsTraced() {
        Family f = family("Läsare");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from trace", Long.class);
        String id = analyse(f, "hodan.farah", false).json().get("id").asString();
        assertThat(Api.as(port, "vuxen").post("/api/v1/child-impact-analyses", Api.json(
                "{'childId': '%s'}", f.child().childId())).status()).isEqualTo(400);

        assertThat(Api.as(port, "vuxen").get("/api/v1/child-impact-analyses/" + id).status()).isEqualTo(403);
        assertThat(Api.as(port, "anna.berg").get("/api/v1/child-impact-analyses/" + id).status()).isEqualTo(403);
        assertThat(Api.as(port, "vuxen").get("/api/v1/matters/" + f.aidMatter() + "/adult-decisions").status())
                .isEqualTo(403);
        assertThat(Api.as(port, "vuxen").get("/api/v1/child-impact-analyses?childId=" + f.child().childId()).json())
                .isEmpty();

        // Intake, invited through the child's matter, reads the shared parts; the financial aid part only as
        // written by that unit, without the matter's id or text; its own part waits for it.
        var read = Api.as(port, "mottagning").get("/api/v1/child-impact-analyses/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("situation").asString()).contains("skyddat boende");
        JsonNode aid = part(read.json(), "FINANCIAL_AID");
        assertThat(aid.get("written").asBoolean()).isTrue();
        assertThat(aid.get("matterId").isNull()).isTrue();
        assertThat(aid.get("consequence").isNull()).isTrue();
        assertThat(read.body()).doesNotContain(f.aidMatter(), "Barnet kan bo kvar nära skolan.");
        assertThat(part(read.json(), "CHILD_AND_YOUTH").get("mayWrite").asBoolean()).isTrue();

        String partPath = "/api/v1/child-impact-analyses/" + id + "/consequences/" + f.child().matterId();
        assertThat(Api.as(port, "hodan.farah").put(partPath, Api.json(
                "{'plannedDecision': 'p', 'consequence': 'c'}")).status()).isEqualTo(403);
        var blank = Api.as(port, "mottagning").put(partPath, Api.json("{'plannedDecision': ' '}"));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("plannedDecision", "consequence");
        var written = Api.as(port, "mottagning").put(partPath, Api.json(
                "{'plannedDecision': 'Familjebehandling', 'consequence': 'Stöd i vardagen efter flytten.'}"));
        assertThat(written.status()).as(written.body()).isEqualTo(200);
        assertThat(part(written.json(), "CHILD_AND_YOUTH").get("writtenBy").asString()).isEqualTo("Amira Khalil");
        assertThat(Api.as(port, "mottagning").put(partPath, Api.json(
                "{'plannedDecision': 'Annat', 'consequence': 'Annat'}")).status()).isEqualTo(409);
        assertThat(Api.as(port, "mottagning").put("/api/v1/child-impact-analyses/" + id + "/consequences/"
                + CaseFlow.reported(port, 11, "Utanför", "CONCERN_REPORT").matterId(), Api.json(
                "{'plannedDecision': 'p', 'consequence': 'c'}")).status()).isEqualTo(404);

        var hodan = Api.as(port, "hodan.farah").get("/api/v1/child-impact-analyses?childId=" + f.child().childId());
        assertThat(hodan.json().findValuesAsString("id")).containsExactly(id);
        assertThat(hodan.body()).doesNotContain(f.child().matterId(), "Stöd i vardagen efter flytten.")
                .contains("Barnet kan bo kvar nära skolan.");

        assertThat(jdbc.queryForList("""
                select username || ' ' || action from trace where id > ? and record_type = 'child-impact-analysis'
                  and person_id = ?::uuid order by id""", String.class, before, f.child().childId()))
                .containsExactly("hodan.farah CREATE", "mottagning READ", "mottagning UPDATE", "hodan.farah READ");
    }
}
