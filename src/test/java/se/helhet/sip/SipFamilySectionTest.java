package se.helhet.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;
import tools.jackson.databind.JsonNode;

/** The family view's SIPs (section {@code sips}), through the family view's API and page. */
@HelhetTest
class SipFamilySectionTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void theFamilyViewShowsEachMembersPlansThatTheReaderMayRead() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        PlanPeople people = new PlanPeople(port, jdbc);
        String child = people.aged(8, "socsek");
        String sibling = people.aged(15, "socsek");
        String parent = people.aged(40, "socsek");
        Api worker = Api.as(port, "socsek");
        for (String member : new String[] {child, sibling}) {
            assertThat(worker.post("/api/v1/persons/" + parent + "/relations", Api.json(
                    "{'type': 'PARENT', 'relatedPersonId': '%s'}", member)).status()).isEqualTo(204);
        }
        String sip = worker.post("/api/v1/sips", Api.json("{'kind': 'SIP', 'personId': '%s', 'participants': "
                + "[{'actorKind': 'SCHOOL', 'actorName': 'Ekdalsskolan'}]}", sibling)).json().get("id").asString();

        var family = worker.get("/api/v1/families/" + child);
        assertThat(family.status()).as(family.body()).isEqualTo(200);
        JsonNode sips = family.json().get("sections").get("sips");
        assertThat(sips).hasSize(1);
        assertThat(sips.get(0).get("id").asString()).isEqualTo(sip);
        assertThat(sips.get(0).get("personId").asString()).isEqualTo(sibling);
        assertThat(sips.get(0).get("state").asString()).isEqualTo("OFFERED");
        assertThat(sips.get(0).get("offeredOn").asString()).isEqualTo(LocalDate.now().toString());
        assertThat(jdbc.queryForObject("""
                select count(*) from trace where record_type = 'sip' and person_id = ?::uuid and action = 'READ'
                  and username = 'socsek' and channel = ?""", Long.class, sibling, "GET /api/v1/families/" + child))
                .isOne();

        var page = WebSession.loggedInAs(port, "socsek").get("/familjer/" + child);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Samordnade planer (SIP)", "/sip/" + sip);
        // The child's own plans only, for a view opened by someone who takes part in none of the family's.
        var other = Api.as(port, "mottagning").get("/api/v1/families/" + child);
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.json().get("sections").has("sips")).isFalse();
    }
}
