package se.helhet.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;
import se.helhet.support.Placed;
import se.helhet.support.StaffIds;
import tools.jackson.databind.JsonNode;

@HelhetTest
class PlacementForumApiTest {

    private static final String LIST = "/api/v1/placement-forum/placements";
    private static final String MEETINGS = "/api/v1/placement-forum/meetings";

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private JsonNode listed(String user, String interventionId) {
        for (JsonNode c : Api.as(port, user).get(LIST).json()) {
            if (c.get("interventionId").asString().equals(interventionId)) {
                return c;
            }
        }
        return null;
    }

    @Test
    void everyPlacedChildIsListedWithThePlanForTheWayHomeAndWhoIsResponsibleForTheSchooling() {
        var placed = Placed.child(port, 10, "Alva", "FOSTER_HOME");
        String plan = LIST + "/" + placed.interventionId() + "/plan";
        Api manager = Api.as(port, "chef");

        JsonNode before = listed("chef", placed.interventionId());
        assertThat(before.get("childName").asString()).isEqualTo("Alva Testbarn");
        assertThat(before.get("code").asString()).isEqualTo("FOSTER_HOME");
        assertThat(before.get("hasHomePlan").asBoolean()).isFalse();
        assertThat(before.get("schoolAge").asBoolean()).isTrue();
        assertThat(before.get("hasSchoolResponsibility").asBoolean()).isFalse();
        var saved = manager.put(plan, Api.json("""
                {'homePlan': 'Hemflytt till sommaren om mamma fullföljer behandlingen.',
                 'atHome': 'Mamma: öppenvård på beroendeenheten.', 'schoolName': 'Ekdalsskolan',
                 'schoolBefore': 'Mentorn på Ekdalsskolan', 'schoolDuring': 'Rektor på Ekdalsskolan',
                 'schoolAfter': 'Elevhälsan på Ekdalsskolan'}"""));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("school").get("responsibleDuring").asString()).isEqualTo("Rektor på Ekdalsskolan");
        JsonNode after = listed("chef", placed.interventionId());
        assertThat(after.get("hasHomePlan").asBoolean()).isTrue();
        assertThat(after.get("hasSchoolResponsibility").asBoolean()).isTrue();
        assertThat(after.get("version").asInt()).isZero();

        assertThat(manager.put(plan, Api.json("{'homePlan': 'Annan plan.'}")).status()).isEqualTo(409);
        assertThat(manager.put(plan, Api.json("{'homePlan': 'Ny plan.', 'version': 0}")).json()
                .get("homePlan").asString()).isEqualTo("Ny plan.");
        assertThat(new JdbcTemplate(dataSource).queryForList("""
                select t.action from trace t where t.record_type = 'placement' and t.record_id = ?
                  and t.person_id = ?::uuid and t.username = 'chef' order by t.id""", String.class,
                placed.interventionId(), placed.childId())).contains("UPDATE", "READ");
    }

    @Test
    void siSamIsForChildrenOfSchoolAge() {
        var placed = Placed.child(port, 4, "Ebbe", "EMERGENCY_FOSTER_HOME");
        String plan = LIST + "/" + placed.interventionId() + "/plan";

        var refused = Api.as(port, "chef").put(plan, Api.json("{'homePlan': 'Hem efter jul.', 'schoolName': 'Förskolan'}"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").toString()).contains("schoolName", "4 år");
        var inEnglish = Api.as(port, "chef").inLanguage("en").put(plan,
                Api.json("{'homePlan': 'Hem efter jul.', 'schoolName': 'Förskolan'}"));
        assertThat(inEnglish.json().get("errors").findValuesAsString("message"))
                .containsExactly("SiSam applies to children of school age (6–17); the child is 4");
        var saved = Api.as(port, "chef").put(plan, Api.json("{'homePlan': 'Hem efter jul.'}"));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("schoolAge").asBoolean()).isFalse();
        assertThat(saved.json().get("school").isNull()).isTrue();
    }

    @Test
    void aMeetingRecordsWhatWasDiscussedAndDecidedForEachChildAndShowsOnlyTheChildrenTheReaderMayRead() {
        var placed = Placed.child(port, 13, "Loke", "RESIDENTIAL_CARE");
        Api manager = Api.as(port, "chef");
        String participants = Api.json("['%s', '%s']", StaffIds.of(port, "chef"), StaffIds.of(port, "anna.berg"));

        var missing = manager.post(MEETINGS, Api.json("{'participantIds': [], 'reviews': [{'interventionId': '%s'},"
                + " {'interventionId': '%s', 'discussed': 'X'}]}", placed.interventionId(), placed.matterId()));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("participantIds", "reviews[0].discussed", "reviews[1].interventionId");
        var recorded = manager.post(MEETINGS, Api.json("""
                {'heldOn': '%s', 'participantIds': %s, 'reviews': [{'interventionId': '%s',
                 'discussed': 'Lokes närvaro i HVB-skolan är god.', 'decided': 'Planera hemflytt till terminsstart.'}]}""",
                LocalDate.now().minusDays(1), participants, placed.interventionId()));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        String meeting = MEETINGS + "/" + recorded.json().get("id").asString();

        JsonNode read = manager.get(meeting).json();
        assertThat(read.get("participants").toString()).contains("Helena Åberg", "Anna Berg");
        assertThat(read.get("reviews").get(0).get("decided").asString()).isEqualTo("Planera hemflytt till terminsstart.");
        assertThat(read.get("reviews").get(0).get("childName").asString()).isEqualTo("Loke Testbarn");
        var other = Api.as(port, "anna.berg").get(meeting);
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.json().get("childrenReviewed").asInt()).isEqualTo(1);
        assertThat(other.json().get("reviews")).isEmpty();
        assertThat(other.body()).doesNotContain("Loke", "närvaro");
        // Recorded, shown in the answer to the recording, and read again; the other unit's reader left no row.
        assertThat(new JdbcTemplate(dataSource).queryForList("""
                select username || ' ' || action from trace where record_type = 'placement-forum-meeting'
                  and person_id = ?::uuid order by id""", String.class, placed.childId()))
                .containsExactly("chef CREATE", "chef READ", "chef READ");
    }

    @Test
    void onlyTheChildrenAndYouthUnitsStaffReachTheForumAndEachChildFollowsItsMatter() {
        var placed = Placed.child(port, 8, "Mira", "FOSTER_HOME");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long traced = jdbc.queryForObject("select count(*) from trace where person_id = ?::uuid and username <> 'chef'"
                + " and username <> 'mottagning'", Long.class, placed.childId());

        for (String outsider : new String[] {"vuxen", "hodan.farah", "mottagning", "granskare", "analytiker", "admin"}) {
            assertThat(Api.as(port, outsider).get(LIST).status()).as(outsider).isEqualTo(403);
            assertThat(Api.as(port, outsider).get(MEETINGS).status()).as(outsider).isEqualTo(403);
            assertThat(Api.as(port, outsider).get(LIST + "/" + placed.interventionId()).status()).as(outsider)
                    .isEqualTo(403);
        }
        assertThat(listed("anna.berg", placed.interventionId())).isNull();
        assertThat(Api.as(port, "anna.berg").get(LIST + "/" + placed.interventionId()).status()).isEqualTo(403);
        assertThat(Api.as(port, "anna.berg").put(LIST + "/" + placed.interventionId() + "/plan",
                Api.json("{'homePlan': 'X'}")).status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from trace where person_id = ?::uuid and username <> 'chef'"
                + " and username <> 'mottagning'", Long.class, placed.childId())).isEqualTo(traced);
        assertThat(listed("chef", placed.interventionId())).isNotNull();
    }
}
