package se.helhet.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.Children;
import se.helhet.support.HelhetTest;

@HelhetTest
class ReportRegistrationApiTest {

    @LocalServerPort
    int port;

    private Api.Response report(String kind, String category, String... childIds) {
        return Api.as(port, "mottagning").post("/api/v1/reports", Api.json("""
                {'kind': '%s', 'reporterCategory': '%s', 'anonymous': false, 'reporterName': 'Kim Lärare',
                 'reporterOrganisation': 'Ekdalsskolan', 'childIds': ['%s'],
                 'concernReasons': ['NEGLECT', 'SCHOOL_PROBLEMS'], 'description': 'Barnen kommer hungriga till skolan.'}""",
                kind, category, String.join("', '", childIds)));
    }

    @Test
    void reportAboutTwoSiblingsOpensAMatterForEachChild() {
        String first = Children.aChild(port, 8, "Ella");
        String second = Children.aChild(port, 11, "Elis");

        var response = report("CONCERN_REPORT", "SCHOOL", first, second);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.location()).endsWith("/api/v1/reports/" + response.json().get("id").asString());
        var children = response.json().get("children");
        assertThat(children).hasSize(2);
        assertThat(children.findValuesAsString("childId")).containsExactlyInAnyOrder(first, second);
        assertThat(children.findValuesAsString("matterId")).doesNotHaveDuplicates();
        assertThat(children.findValues("knownBefore")).allMatch(n -> !n.asBoolean());
        assertThat(response.json().get("concernReasons").valueStream().map(n -> n.asString()).toList())
                .containsExactlyInAnyOrder("NEGLECT", "SCHOOL_PROBLEMS");
    }

    @Test
    void secondReportAboutAChildJoinsTheOpenMatter() {
        String child = Children.aChild(port, 9, "Alva");
        String firstMatter = report("CONCERN_REPORT", "POLICE", child).json().get("children").get(0)
                .get("matterId").asString();

        var second = report("CONCERN_REPORT", "HEALTH_CARE", child).json().get("children").get(0);

        assertThat(second.get("matterId").asString()).isEqualTo(firstMatter);
        assertThat(second.get("knownBefore").asBoolean()).isTrue();
        var timeline = Api.as(port, "mottagning").get("/api/v1/matters/" + firstMatter + "/timeline").json();
        assertThat(timeline.findValuesAsString("kind")).containsExactly("REPORT", "REPORT");
    }

    @Test
    void childWhoseEarlierMatterClosedIsKnownBeforeAndTheNewMatterIsReopened() {
        String child = Children.aChild(port, 14, "Noah");
        var first = report("CONCERN_REPORT", "SCHOOL", child).json();
        String reportId = first.get("id").asString();
        var api = Api.as(port, "mottagning");
        api.post("/api/v1/reports/" + reportId + "/children/" + child + "/protection-assessment",
                Api.json("{'immediateProtectionNeeded': false, 'reasoning': 'Inget akut.'}"));
        assertThat(api.post("/api/v1/reports/" + reportId + "/children/" + child + "/preliminary-assessment",
                Api.json("{'outcome': 'NO_INVESTIGATION', 'level': 'GREEN', 'reasoning': 'Skolan ger stöd.', "
                        + "'referral': {'actorKind': 'SCHOOL', 'actorName': 'Elevhälsan', 'purpose': 'Samtalsstöd'}}"))
                .status()).isEqualTo(201);

        var again = report("CONCERN_REPORT", "SCHOOL", child).json().get("children").get(0);

        assertThat(again.get("knownBefore").asBoolean()).isTrue();
        assertThat(again.get("matterId").asString())
                .isNotEqualTo(first.get("children").get(0).get("matterId").asString());
        var matter = api.get("/api/v1/matters/" + again.get("matterId").asString()).json();
        assertThat(matter.get("reopened").asBoolean()).isTrue();
        assertThat(matter.get("ageAtStart").asInt()).isEqualTo(14);
    }

    @Test
    void namesEveryMistakeInAReportAtOnce() {
        var response = Api.as(port, "mottagning").post("/api/v1/reports", Api.json("""
                {'kind': 'CONCERN_REPORT', 'reporterCategory': 'NEIGHBOUR', 'anonymous': true,
                 'reporterName': 'Någon', 'receivedAt': '2099-01-01T10:00', 'childIds': [], 'concernReasons': [],
                 'description': ' '}"""));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
                "reporterCategory", "receivedAt", "childIds", "concernReasons", "description", "anonymous");
    }

    @Test
    void anAdultCannotBeTheChildOfAReport() {
        var adult = Api.as(port, "mottagning").post("/api/v1/persons",
                Api.json("{'givenName': 'Vuxen', 'familyName': 'Person', 'birthDate': '1980-05-05'}")).json();

        var response = report("CONCERN_REPORT", "SCHOOL", adult.get("id").asString());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("childIds");
    }

    @Test
    void userOfAnotherUnitAndAnalystCannotReadTheReport() {
        String child = Children.aChild(port, 7, "Saga");
        String id = report("CONCERN_REPORT", "PRESCHOOL", child).json().get("id").asString();

        assertThat(Api.as(port, "mottagning").get("/api/v1/reports/" + id).status()).isEqualTo(200);
        assertThat(Api.as(port, "vuxen").get("/api/v1/reports/" + id).status()).isEqualTo(403);
        assertThat(Api.as(port, "analytiker").get("/api/v1/reports/" + id).status()).isEqualTo(403);
        assertThat(Api.as(port, "analytiker").post("/api/v1/reports", "{}").status()).isEqualTo(403);
    }
}
