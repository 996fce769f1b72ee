package se.helhet.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.Consenting;
import se.helhet.support.HelhetTest;

@HelhetTest
class SchoolOutcomeApiTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private final String today = LocalDate.now().toString();

    @Test
    void schoolDataIsRefusedWithoutTheGuardiansConsentAndAfterItIsWithdrawn() {
        var opened = Outcomes.openMatter(port, 10, "Saga");
        Api intake = Api.as(port, "mottagning");
        String base = "/api/v1/matters/" + opened.matterId();

        var without = intake.post(base + "/school-outcomes", Outcomes.school("START", "HT2026", "81.5", 8, 5));
        assertThat(without.status()).isEqualTo(409);
        assertThat(without.contentType()).contains("application/problem+json");
        assertThat(without.json().get("detail").asString()).contains("Registrera samtycket på barnets sida först");

        String consent = Consenting.toSchoolOutcomes(port, opened.matterId());
        var start = intake.post(base + "/school-outcomes", Outcomes.school("START", "ht 2026", "81.5", 8, 5));
        assertThat(start.status()).as(start.body()).isEqualTo(201);
        assertThat(start.json().get("term").asString()).isEqualTo("HT2026");
        assertThat(start.json().get("consentId").asString()).isEqualTo(consent);
        assertThat(new JdbcTemplate(dataSource).queryForObject("""
                select consent_id::text from trace where record_type = 'school-outcome' and action = 'CREATE'
                and record_id = ?""", String.class, start.json().get("id").asString())).isEqualTo(consent);

        var withdrawn = intake.post("/api/v1/consents/" + consent + "/withdrawal",
                Api.json("{'date': '%s', 'reason': 'Vårdnadshavarna ångrade sig.'}", today));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().get("withdrawal").get("date").asString()).isEqualTo(today);

        assertThat(intake.post(base + "/school-outcomes", Outcomes.school("END", "HT2026", "90", 8, 6)).status())
                .isEqualTo(409);
        var kept = intake.get(base + "/school-outcomes").json();
        assertThat(kept.findValuesAsString("timePoint")).containsExactly("START");
        assertThat(kept.get(0).get("attendancePercent").asDouble()).isEqualTo(81.5);
        assertThat(intake.get(base + "/timeline").json().findValuesAsString("text")).contains(
                "Skoluppgifter registrerade (start, HT2026)");
    }

    @Test
    void eachTimePointOnceAndTheFollowUpOnlyFromTheSetTimeAfterTheMatterClosed() {
        var opened = Outcomes.openMatter(port, 12, "Nils");
        Api intake = Api.as(port, "mottagning");
        String base = "/api/v1/matters/" + opened.matterId();
        Consenting.toSchoolOutcomes(port, opened.matterId());

        assertThat(intake.post(base + "/school-outcomes", Outcomes.school("START", "HT2026", "70", 10, 6)).status())
                .isEqualTo(201);
        assertThat(intake.post(base + "/school-outcomes", Outcomes.school("START", "HT2026", "71", 10, 6)).status())
                .isEqualTo(409);
        var whileOpen = intake.post(base + "/school-outcomes", Outcomes.school("FOLLOW_UP", "HT2026", "80", 10, 7));
        assertThat(whileOpen.status()).isEqualTo(400);
        assertThat(whileOpen.json().get("errors").findValuesAsString("field")).containsExactly("timePoint");

        assertThat(intake.get(base + "/school-outcomes/follow-up").json().get("dueOn").isNull()).isTrue();
        CaseFlow.notInvestigated(port, opened);
        assertThat(intake.get(base + "/school-outcomes/follow-up").json().get("dueOn").asString())
                .isEqualTo(LocalDate.now().plusMonths(6).toString());
        assertThat(intake.post(base + "/school-outcomes", Outcomes.school("END", "HT2026", "84.5", 10, 8)).status())
                .isEqualTo(201);
        var tooEarly = intake.post(base + "/school-outcomes", Outcomes.school("FOLLOW_UP", "HT2026", "80", 10, 7));
        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(tooEarly.json().get("errors").get(0).get("message").asString())
                .contains("tidigast " + LocalDate.now().plusMonths(6)).contains("6 månader");
        var inEnglish = intake.inLanguage("en").post(base + "/school-outcomes",
                Outcomes.school("FOLLOW_UP", "HT2026", "80", 10, 7));
        assertThat(inEnglish.json().get("errors").get(0).get("message").asString()).isEqualTo("The follow-up is due on "
                + LocalDate.now().plusMonths(6) + " at the earliest, 6 months after the matter was closed");
        assertThat(intake.inLanguage("en").get(base + "/timeline").json().findValuesAsString("text"))
                .contains("School data recorded (end, HT2026)");

        new JdbcTemplate(dataSource).update("update matter set closed_on = ? where id = ?::uuid",
                LocalDate.now().minusMonths(7), opened.matterId());
        var followUp = intake.post(base + "/school-outcomes", Outcomes.school("FOLLOW_UP", "VT2027", "88", 10, 9));
        assertThat(followUp.status()).as(followUp.body()).isEqualTo(201);
        assertThat(intake.get(base + "/school-outcomes").json().findValuesAsString("timePoint"))
                .containsExactly("START", "END", "FOLLOW_UP");
    }

    @Test
    void wrongValuesAreNamedByTheirFieldsAllAtOnce() {
        var opened = Outcomes.openMatter(port, 11, "Tyra");
        Api intake = Api.as(port, "mottagning");
        String base = "/api/v1/matters/" + opened.matterId();
        Consenting.toSchoolOutcomes(port, opened.matterId());

        var wrong = intake.post(base + "/school-outcomes", Api.json("{'timePoint': 'LATER', 'term': '2026HT', "
                + "'attendancePercent': 120, 'resultKind': 'GRADES', 'subjectsAssessed': 8, 'subjectsPassed': 9}"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.contentType()).contains("application/problem+json");
        assertThat(wrong.json().get("errors").findValuesAsString("field"))
                .containsExactly("timePoint", "term", "attendancePercent", "subjectsPassed");

        var nothing = intake.post(base + "/school-outcomes", Api.json("{'timePoint': 'START', 'term': 'VT2026'}"));
        assertThat(nothing.json().get("errors").findValuesAsString("field")).containsExactly("attendancePercent");
        var noKind = intake.post(base + "/school-outcomes", Api.json(
                "{'timePoint': 'START', 'term': 'VT2026', 'subjectsAssessed': 8, 'subjectsPassed': 4}"));
        assertThat(noKind.json().get("errors").findValuesAsString("field")).containsExactly("resultKind");
        var notANumber = intake.post(base + "/school-outcomes", Api.json(
                "{'timePoint': 'START', 'term': 'VT2026', 'attendancePercent': 'mycket'}"));
        assertThat(notANumber.json().get("errors").findValuesAsString("field")).containsExactly("attendancePercent");

        var attendanceOnly = intake.post(base + "/school-outcomes", Api.json(
                "{'timePoint': 'START', 'term': 'VT2026', 'attendancePercent': 96.5}"));
        assertThat(attendanceOnly.status()).as(attendanceOnly.body()).isEqualTo(201);
        assertThat(attendanceOnly.json().get("resultKind").isNull()).isTrue();
    }

    @Test
    void anotherUnitsSocialWorkerNeitherSeesNorRecordsAndEveryReadIsTraced() {
        var opened = Outcomes.openMatter(port, 9, "Ebbe");
        String base = "/api/v1/matters/" + opened.matterId();
        Api intake = Api.as(port, "mottagning");
        Consenting.toSchoolOutcomes(port, opened.matterId());

        for (String user : new String[] {"socsek", "vuxen"}) {
            Api other = Api.as(port, user);
            assertThat(other.get("/api/v1/persons/" + opened.childId() + "/consents").status()).isEqualTo(403);
            assertThat(other.get(base + "/school-outcomes").status()).isEqualTo(403);
            assertThat(other.get(base + "/coordinated-support-answers").status()).isEqualTo(403);
            assertThat(other.post("/api/v1/consents", Consenting.consent(opened.childId(), List.of(),
                    UUID.randomUUID().toString(), "SCHOOL_OUTCOMES")).status()).isEqualTo(403);
            assertThat(other.post(base + "/school-outcomes", Outcomes.school("START", "HT2026", "70", 8, 4))
                    .status()).isEqualTo(403);
        }
        assertThat(Api.as(port, "analytiker").get(base + "/school-outcomes").status()).isEqualTo(403);
        assertThat(Api.as(port, "granskare").get(base + "/school-outcomes").status()).isEqualTo(200);
        assertThat(Api.as(port, "granskare").post(base + "/school-outcomes",
                Outcomes.school("START", "HT2026", "70", 8, 4)).status()).isEqualTo(403);

        intake.get(base + "/school-outcomes");
        intake.get("/api/v1/persons/" + opened.childId() + "/consents");
        var traced = new JdbcTemplate(dataSource).queryForList("""
                select username || ' ' || action || ' ' || record_type from trace
                where person_id = ?::uuid and record_type in ('consent', 'school-outcome') order by id""",
                String.class, opened.childId());
        assertThat(traced).containsExactly("mottagning READ consent", "mottagning CREATE consent",
                "granskare READ school-outcome", "mottagning READ school-outcome", "mottagning READ consent");
    }
}
