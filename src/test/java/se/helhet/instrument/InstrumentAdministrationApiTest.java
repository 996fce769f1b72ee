package se.helhet.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.Answers;
import se.helhet.support.HelhetTest;

@HelhetTest
class InstrumentAdministrationApiTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    /** A child in the pilot team's register: registered by socsek, who works there. */
    private String pilotChild(String name) {
        var response = Api.as(port, "socsek").post("/api/v1/persons", Api.json(
                "{'givenName': '%s', 'familyName': 'Mätbarn', 'birthDate': '%s'}", name,
                LocalDate.now().minusYears(9).minusDays(40)));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static String sdq(String timePoint, String date, int emotional) {
        return Api.json("{'instrument': 'SDQ', 'informant': 'PARENT', 'administeredOn': '%s', 'timePoint': '%s', "
                        + "'responses': %s, 'impact': {'difficulties': 0}}", date, timePoint,
                Answers.json(Answers.sdq(emotional, 3, 6, 2, 7)));
    }

    private Api.Response store(String user, String person, String body) {
        return Api.as(port, user).post("/api/v1/persons/" + person + "/instrument-administrations", body);
    }

    @Test
    void storesScoredAdministrationsAndListsThemOldestFirst() {
        String child = pilotChild("Alva");
        LocalDate today = LocalDate.now();

        var end = store("socsek", child, sdq("END", today.toString(), 2));
        var start = store("socsek", child, sdq("START", today.minusMonths(6).toString(), 6));

        assertThat(start.status()).as(start.body()).isEqualTo(201);
        assertThat(end.status()).isEqualTo(201);
        // 6 + 3 + 6 + 2 at the start, 2 + 3 + 6 + 2 at the end.
        assertThat(start.json().get("scores").get("totalDifficulties").asInt()).isEqualTo(17);
        assertThat(start.json().get("bands").get("threeBand").get("totalDifficulties").asString()).isEqualTo("ABNORMAL");
        assertThat(start.json().get("scores").get("impact").asInt()).isZero();
        assertThat(start.json().get("recordedBy").asString()).isEqualTo("Jonas Ekström");
        var list = Api.as(port, "socsek").get("/api/v1/persons/" + child + "/instrument-administrations").json();
        assertThat(list.findValuesAsString("timePoint")).containsExactly("START", "END");
        assertThat(list.get(1).get("scores").get("totalDifficulties").asInt()).isEqualTo(13);
        assertThat(list.get(1).get("bands").get("fourBand").get("totalDifficulties").asString())
                .isEqualTo("CLOSE_TO_AVERAGE");
        assertThat(list.get(0).get("responses").size()).isEqualTo(25);
        var traced = new JdbcTemplate(dataSource).queryForList("select action from trace where person_id = ?::uuid "
                + "and record_type = 'instrument-administration' order by id", String.class, child);
        assertThat(traced).containsExactly("CREATE", "CREATE", "READ");
    }

    @Test
    void auditInAMatterAndLicensedScoresWithoutItems() {
        var opened = CaseFlow.reported(port, 14, "Elis", "CONCERN_REPORT");
        String date = LocalDate.now().toString();

        var audit = store("mottagning", opened.childId(), Api.json("{'instrument': 'AUDIT', 'sex': 'FEMALE', "
                + "'administeredOn': '%s', 'timePoint': 'START', 'matterId': '%s', 'responses': %s}",
                date, opened.matterId(), Answers.json(Answers.total(10, 8, 6))));
        assertThat(audit.status()).as(audit.body()).isEqualTo(201);
        assertThat(audit.json().get("matterId").asString()).isEqualTo(opened.matterId());
        assertThat(audit.json().get("scores").get("total").asInt()).isEqualTo(6);
        assertThat(audit.json().get("band").asString()).isEqualTo("HAZARDOUS");

        var ester = store("mottagning", opened.childId(), Api.json("{'instrument': 'ESTER', 'administeredOn': '%s', "
                + "'timePoint': 'START', 'scores': {'riskFactors': 14, 'protectiveFactors': 6}}", date));
        assertThat(ester.status()).as(ester.body()).isEqualTo(201);
        assertThat(ester.json().get("scores").get("riskFactors").asInt()).isEqualTo(14);
        assertThat(ester.json().get("responses").isNull()).isTrue();

        var withItems = store("mottagning", opened.childId(), Api.json("{'instrument': 'HOME', 'administeredOn': "
                + "'%s', 'timePoint': 'END', 'responses': [1, 2], 'scores': {'total': 30}}", date));
        assertThat(withItems.status()).isEqualTo(400);
        assertThat(withItems.json().get("errors").findValuesAsString("field")).containsExactly("responses");
    }

    @Test
    void wrongFieldsAreNamed() {
        String child = pilotChild("Bo");

        var wrong = store("socsek", child, Api.json("{'instrument': 'SDQ', 'administeredOn': '2999-01-01', "
                + "'timePoint': 'LATER', 'responses': [1]}"));

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").findValuesAsString("field"))
                .containsExactly("informant", "administeredOn", "timePoint", "responses");
        assertThat(store("socsek", child, Api.json("{'instrument': 'BDI'}")).json().get("errors")
                .findValuesAsString("field")).contains("instrument");
    }

    @Test
    void onlyCaseWorkersWhoMayReadThePersonStore() {
        String child = pilotChild("Cilla");
        String body = sdq("START", LocalDate.now().toString(), 1);

        assertThat(store("vuxen", child, body).status()).isEqualTo(403);
        assertThat(store("analytiker", child, body).status()).isEqualTo(403);
        assertThat(Api.as(port, "vuxen").get("/api/v1/persons/" + child + "/instrument-administrations").status())
                .isEqualTo(403);
        var otherMatter = CaseFlow.reported(port, 8, "Dante", "CONCERN_REPORT");
        var inForeignMatter = store("socsek", child, Api.json("{'instrument': 'ESTER', 'administeredOn': '%s', "
                + "'timePoint': 'START', 'matterId': '%s', 'scores': {'total': 3}}", LocalDate.now(),
                otherMatter.matterId()));
        assertThat(inForeignMatter.status()).isEqualTo(403);
        assertThat(Api.as(port, "socsek").get("/api/v1/persons/" + child + "/instrument-administrations").json())
                .isEmpty();
    }

    @Test
    void anAdministrationIsReadUnderItsMattersAccess() {
        var adultUnitsPerson = Api.as(port, "vuxen").post("/api/v1/persons", Api.json(
                "{'givenName': 'Sigge', 'familyName': 'Mätbarn', 'birthDate': '%s'}", LocalDate.now().minusYears(9)));
        assertThat(adultUnitsPerson.status()).as(adultUnitsPerson.body()).isEqualTo(201);
        String child = adultUnitsPerson.json().get("id").asString();
        var report = Api.as(port, "mottagning").post("/api/v1/reports", Api.json("""
                {'kind': 'CONCERN_REPORT', 'reporterCategory': 'SCHOOL', 'reporterName': 'Kim', 'childIds': ['%s'],
                 'concernReasons': ['NEGLECT'], 'description': 'Oro för barnet.'}""", child)).json();
        String matter = report.get("children").get(0).get("matterId").asString();
        var stored = store("mottagning", child, Api.json("{'instrument': 'SDQ', 'informant': 'PARENT', "
                + "'administeredOn': '%s', 'timePoint': 'START', 'matterId': '%s', 'responses': %s, "
                + "'impact': {'difficulties': 0}}", LocalDate.now(), matter, Answers.json(Answers.sdq(6, 3, 6, 2, 7))));
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);

        assertThat(Api.as(port, "vuxen").get("/api/v1/matters/" + matter).status()).isEqualTo(403);
        var asAdultUnit = Api.as(port, "vuxen").get("/api/v1/persons/" + child + "/instrument-administrations");
        assertThat(asAdultUnit.status()).isEqualTo(200);
        assertThat(asAdultUnit.json()).isEmpty();
        assertThat(Api.as(port, "mottagning").get("/api/v1/persons/" + child + "/instrument-administrations").json())
                .hasSize(1);
    }

    @Test
    void anAdministrationIsRecordedOnlyInAMatterAboutThePersonOrTheirFamily() {
        var child = CaseFlow.reported(port, 9, "Tage", "CONCERN_REPORT");
        var anotherChild = CaseFlow.reported(port, 8, "Ulla", "CONCERN_REPORT");

        var inAnotherChildsMatter = store("mottagning", child.childId(), Api.json("{'instrument': 'ESTER', "
                + "'administeredOn': '%s', 'timePoint': 'START', 'matterId': '%s', 'scores': {'total': 3}}",
                LocalDate.now(), anotherChild.matterId()));

        assertThat(inAnotherChildsMatter.status()).isEqualTo(400);
        assertThat(inAnotherChildsMatter.json().get("errors").findValuesAsString("field")).containsExactly("matterId");
        assertThat(store("mottagning", child.childId(), Api.json("{'instrument': 'ESTER', 'administeredOn': '%s', "
                + "'timePoint': 'START', 'matterId': '%s', 'scores': {'total': 3}}", LocalDate.now(),
                child.matterId())).status()).isEqualTo(201);
    }
}
