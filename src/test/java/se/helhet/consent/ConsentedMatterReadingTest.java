package se.helhet.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.platform.ChainResult;
import se.helhet.platform.Chains;
import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.Consenting;
import se.helhet.support.HelhetTest;
import se.helhet.support.PastTheTriggers;
import se.helhet.support.WebSession;

/**
 * A matter's content stays with its unit; a worker of another unit reads it (never works in it) only while a
 * consent in force lets their unit have it, asked at each read, and the access log names the consent.
 */
@HelhetTest
class ConsentedMatterReadingTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    Chains chains;

    private String adultUnit() {
        return Api.as(port, "vuxen").get("/api/v1/me").json().get("units").get(0).get("id").asString();
    }

    private String consentFor(String child, List<String> guardians, String from, String to) {
        var consent = Api.as(port, "mottagning").post("/api/v1/consents",
                Consenting.consent(child, guardians, adultUnit(), "SHARE_MATTER_CONTENT", from, to));
        assertThat(consent.status()).as(consent.body()).isEqualTo(201);
        return consent.json().get("id").asString();
    }

    @Test
    void anotherUnitReadsAChildsMatterOnlyWhileTheConsentIsInForceAndTheLogNamesIt() {
        var opened = CaseFlow.reported(port, 11, "Alice", "CONCERN_REPORT");
        List<String> guardians = Consenting.guardians(port, opened.childId(), 2);
        String matter = "/api/v1/matters/" + opened.matterId();
        Api adult = Api.as(port, "vuxen");
        assertThat(adult.get(matter).status()).isEqualTo(403);

        String consent = consentFor(opened.childId(), guardians, LocalDate.now().toString(), "");
        var read = adult.get(matter);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("personId").asString()).isEqualTo(opened.childId());
        assertThat(adult.get(matter + "/timeline").status()).isEqualTo(200);
        assertThat(new JdbcTemplate(dataSource).queryForList("""
                select record_type || ' ' || consent_id from trace where username = 'vuxen' and person_id = ?::uuid
                order by id""", String.class, opened.childId()))
                .containsExactly("matter " + consent, "timeline " + consent);
        // Reading is not working: the consent lets the unit see, not change.
        assertThat(adult.post(matter + "/level", Api.json("{'level': 'RED', 'reason': 'x', 'version': 0}")).status())
                .isEqualTo(403);

        var withdrawn = Api.as(port, "mottagning").post("/api/v1/consents/" + consent + "/withdrawal",
                Api.json("{'reason': 'Vårdnadshavarna vill inte längre.'}"));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(adult.get(matter).status()).isEqualTo(403);
        assertThat(adult.get(matter + "/timeline").status()).isEqualTo(403);
    }

    @Test
    void everyRecordOfTheMatterIsReadUnderTheConsentAndNamesItWhileThePersonRegisterStaysTheUnits() {
        var opened = CaseFlow.reported(port, 10, "Dina", "CONCERN_REPORT");
        String consent = consentFor(opened.childId(), Consenting.guardians(port, opened.childId(), 2),
                LocalDate.now().toString(), "");
        String matter = "/api/v1/matters/" + opened.matterId();
        Api adult = Api.as(port, "vuxen");

        for (String path : List.of("", "/timeline", "/investigations", "/case-notes", "/interventions",
                "/school-outcomes", "/coordinated-support-answers")) {
            assertThat(adult.get(matter + path).status()).as(path).isEqualTo(200);
        }
        assertThat(new JdbcTemplate(dataSource).queryForList("""
                select distinct coalesce(consent_id::text, 'none') from trace
                where username = 'vuxen' and person_id = ?::uuid""", String.class, opened.childId()))
                .containsExactly(consent);
        // The consent opens the matter's content and who the child is (the case file names the child), not what the
        // unit's person register holds about the child (areas, family, consents).
        assertThat(adult.get("/api/v1/persons/" + opened.childId()).status()).isEqualTo(200);
        assertThat(adult.get("/api/v1/persons/" + opened.childId() + "/areas").status()).isEqualTo(403);
        assertThat(adult.get("/api/v1/persons/" + opened.childId() + "/consents").status()).isEqualTo(403);
        var page = WebSession.loggedInAs(port, "vuxen").get("/arenden/" + opened.matterId());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Dina").doesNotContain("Ändra nivå");
        assertThat(new JdbcTemplate(dataSource).queryForList("""
                select distinct coalesce(consent_id::text, 'none') from trace
                where username = 'vuxen' and person_id = ?::uuid""", String.class, opened.childId()))
                .containsExactly(consent);

        Api.as(port, "mottagning").post("/api/v1/consents/" + consent + "/withdrawal",
                Api.json("{'reason': 'Vårdnadshavarna vill inte längre.'}"));
        assertThat(adult.get("/api/v1/persons/" + opened.childId()).status()).isEqualTo(403);
        assertThat(WebSession.loggedInAs(port, "vuxen").get("/arenden/" + opened.matterId()).status()).isEqualTo(403);
    }

    @Test
    void aConsentThatHasExpiredOrNotYetBegunGivesNothing() {
        var opened = CaseFlow.reported(port, 7, "Bianca", "CONCERN_REPORT");
        List<String> guardians = Consenting.guardians(port, opened.childId(), 2);
        String matter = "/api/v1/matters/" + opened.matterId();
        LocalDate today = LocalDate.now();

        consentFor(opened.childId(), guardians, today.minusYears(1).toString(), today.minusDays(1).toString());
        consentFor(opened.childId(), guardians, today.plusDays(1).toString(), today.plusYears(1).toString());
        assertThat(Api.as(port, "vuxen").get(matter).status()).isEqualTo(403);
        var states = Api.as(port, "mottagning").get("/api/v1/persons/" + opened.childId() + "/consents").json()
                .findValuesAsString("state");
        assertThat(states).containsExactly("NOT_YET_VALID", "EXPIRED");

        consentFor(opened.childId(), guardians, today.minusDays(3).toString(), today.toString());
        assertThat(Api.as(port, "vuxen").get(matter).status()).isEqualTo(200);
    }

    @Test
    void theConsentNamedInALogRowIsPartOfItsHashAndOlderRowsStillVerify() throws Exception {
        var opened = CaseFlow.reported(port, 12, "Cleo", "CONCERN_REPORT");
        String consent = consentFor(opened.childId(), Consenting.guardians(port, opened.childId(), 2),
                LocalDate.now().toString(), "");
        assertThat(Api.as(port, "vuxen").get("/api/v1/matters/" + opened.matterId()).status()).isEqualTo(200);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long row = jdbc.queryForObject("select max(id) from trace where consent_id = ?::uuid", Long.class, consent);
        assertThat(traceChain().intact()).as(String.valueOf(traceChain().broken())).isTrue();

        try (var db = new PastTheTriggers(dataSource)) {
            db.execute("update trace set consent_id = null where id = ?", row);
            try {
                assertThat(traceChain().broken().rowId()).isEqualTo(String.valueOf(row));
            } finally {
                db.execute("update trace set consent_id = ?::uuid where id = ?", consent, row);
            }
        }
        assertThat(traceChain().intact()).isTrue();
    }

    @Test
    void theDemoLetsTheAddictionUnitReadOneChildsMatterWhileTheGuardiansConsentIsInForce() {
        String matter = new JdbcTemplate(dataSource).queryForObject("""
                select m.id::text from consent c
                join consent_recipient r on r.consent_id = c.id and r.unit_id = ?::uuid
                join matter m on m.person_id = c.subject_id and m.kind = 'CHILD_AND_YOUTH' and m.closed_on is null
                join person p on p.id = c.subject_id and p.created_by is null
                where 'SHARE_MATTER_CONTENT' = any(c.scopes) and c.withdrawn_on is null
                  and current_date between c.valid_from and c.valid_to
                  and exists (select 1 from consent_giver g where g.consent_id = c.id)
                limit 1""", String.class, adultUnit());

        assertThat(Api.as(port, "vuxen").get("/api/v1/matters/" + matter).status()).isEqualTo(200);
    }

    private ChainResult traceChain() {
        return chains.verify().results().stream().filter(r -> r.chain().equals("trace")).findFirst().orElseThrow();
    }
}
