package se.helhet.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.HelhetTest;
import se.helhet.support.Placed;
import se.helhet.support.StaffIds;
import se.helhet.support.WebSession;

@HelhetTest
class PlacementForumPagesTest {

    @LocalServerPort
    int port;

    @Test
    void theUnitManagerWritesTheHomePlanAndRecordsTheMonthsMeeting() {
        var placed = Placed.child(port, 9, "Tilde", "FOSTER_HOME");
        WebSession manager = WebSession.loggedInAs(port, "chef");

        var forum = manager.get("/placeringsforum");
        assertThat(forum.status()).isEqualTo(200);
        assertThat(forum.body()).contains("Placeringsforum", "Tilde Testbarn", "saknas");
        String plan = "/placeringsforum/placeringar/" + placed.interventionId();
        assertThat(manager.get(plan).body()).contains("Skolgången före, under och efter placeringen (SiSam)");
        var saved = manager.post(plan, Map.of("homePlan", "Hem till jul.", "atHome", "Familjebehandling.",
                "schoolName", "Ekdalsskolan", "schoolBefore", "Mentorn", "schoolDuring", "Rektor", "schoolAfter",
                "Elevhälsan", "version", ""));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(manager.get(plan).body()).contains("Hem till jul.", "Elevhälsan");

        var form = manager.get("/placeringsforum/moten/nytt");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Tilde Testbarn", "Vad togs upp");
        var refused = manager.post("/placeringsforum/moten", Map.of("heldOn", ""));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Ange vilka som deltog");
        var recorded = manager.post("/placeringsforum/moten", Map.of("participantIds",
                new String[] {StaffIds.of(port, "chef")}, "interventionId", new String[] {placed.interventionId()},
                "discussed", new String[] {"Tilde trivs i familjehemmet."}, "decided", new String[] {"Umgänge varannan helg."}));
        assertThat(recorded.status()).isEqualTo(302);
        assertThat(manager.get(recorded.location().replaceAll("^https?://[^/]+", ""))
                .body()).contains("Tilde trivs i familjehemmet.", "Umgänge varannan helg.", "Helena Åberg");

        assertThat(WebSession.loggedInAs(port, "vuxen").get("/placeringsforum").status()).isEqualTo(403);
    }
}
