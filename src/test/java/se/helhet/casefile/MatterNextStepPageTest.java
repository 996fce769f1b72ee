package se.helhet.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.CaseFlow;
import se.helhet.support.HelhetTest;
import se.helhet.support.StaffIds;
import se.helhet.support.WebSession;

/**
 * After a preliminary assessment opens an investigation, the matter page offers the manager the next step: the
 * investigator, who also becomes responsible; the responsible worker can be chosen on its own as well.
 */
@HelhetTest
class MatterNextStepPageTest {

    @LocalServerPort
    int port;

    @Test
    void theManagerAppointsTheInvestigatorFromTheMatterPageAndGoesOnToTheInvestigation() {
        var opened = CaseFlow.investigated(port, 10, "Åke", "ORANGE");
        String matter = "/arenden/" + opened.matterId();
        WebSession chef = WebSession.loggedInAs(port, "chef");
        String body = chef.get(matter).body();
        assertThat(body).contains("ingen ansvarig", "Nästa steg", "Utredningen är inledd men har ingen utredare.",
                "action=\"" + matter + "/utredare\"");

        var refused = chef.post(matter + "/utredare", Map.of("investigationId", value(body, "investigationId"),
                "version", value(body, "version"), "investigatorId", ""));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"investigatorId-error\"", "Välj en socialsekreterare", "Nästa steg");

        var appointed = chef.post(matter + "/utredare", Map.of("investigationId", value(body, "investigationId"),
                "version", value(body, "version"), "investigatorId", StaffIds.of(port, "socsek")));
        assertThat(appointed.status()).isEqualTo(302);
        assertThat(appointed.location()).endsWith(matter + "/utredning");
        String after = chef.get(matter).body();
        assertThat(after).doesNotContain("ingen ansvarig", "Utredningen är inledd men har ingen utredare.")
                .contains("Byt ansvarig handläggare");
    }

    @Test
    void theResponsibleWorkerIsSetOnItsOwnAndNobodyElseIsOfferedTheForm() {
        var opened = CaseFlow.investigated(port, 11, "Önne", "ORANGE");
        String matter = "/arenden/" + opened.matterId();
        WebSession chef = WebSession.loggedInAs(port, "chef");
        String body = chef.get(matter).body();
        assertThat(body).contains("Välj bara en ansvarig handläggare", "action=\"" + matter + "/ansvarig\"");

        var chosen = chef.post(matter + "/ansvarig", Map.of("version", matterVersion(body),
                "responsibleWorkerId", StaffIds.of(port, "lena.falk")));
        assertThat(chosen.status()).isEqualTo(302);
        assertThat(chosen.location()).endsWith(matter);
        String after = chef.get(matter).body();
        assertThat(after).contains("Ansvarig handläggare är vald.", "Lena Falk", "Utredningen är inledd men har ingen utredare.")
                .doesNotContain("ingen ansvarig");

        var stale = chef.post(matter + "/ansvarig", Map.of("version", matterVersion(body),
                "responsibleWorkerId", StaffIds.of(port, "socsek")));
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("id=\"responsibleWorkerId-error\"");
    }

    @Test
    void anotherMattersInvestigationIsNotAppointedHereAndTheSocialWorkerIsOfferedNoChoiceOfResponsible() {
        var here = CaseFlow.investigated(port, 12, "Åsa", "ORANGE");
        var there = CaseFlow.investigated(port, 12, "Örjan", "ORANGE");
        WebSession chef = WebSession.loggedInAs(port, "chef");
        String other = chef.get("/arenden/" + there.matterId()).body();

        var elsewhere = chef.post("/arenden/" + here.matterId() + "/utredare", Map.of("investigationId",
                value(other, "investigationId"), "version", value(other, "version"),
                "investigatorId", StaffIds.of(port, "socsek")));
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(chef.get("/arenden/" + there.matterId()).body()).contains("Utredningen är inledd men har ingen utredare.");

        assertThat(chef.post("/arenden/" + here.matterId() + "/utredare", Map.of("investigationId",
                value(chef.get("/arenden/" + here.matterId()).body(), "investigationId"),
                "version", value(chef.get("/arenden/" + here.matterId()).body(), "version"),
                "investigatorId", StaffIds.of(port, "socsek"))).status()).isEqualTo(302);
        WebSession socsek = WebSession.loggedInAs(port, "socsek");
        var own = socsek.get("/arenden/" + here.matterId());
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("Jonas Ekström").doesNotContain("id=\"nasta-steg\"", "/ansvarig\"");
        assertThat(socsek.post("/arenden/" + here.matterId() + "/ansvarig", Map.of("version", "0",
                "responsibleWorkerId", StaffIds.of(port, "socsek"))).status()).isEqualTo(403);
    }

    private static String value(String body, String name) {
        var m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(body);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1);
    }

    /** The matter's version, as the responsible worker's form sends it. */
    private static String matterVersion(String body) {
        var m = Pattern.compile("/ansvarig\"[^>]*>(?s:.*?)name=\"version\" value=\"(\\d+)\"").matcher(body);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
