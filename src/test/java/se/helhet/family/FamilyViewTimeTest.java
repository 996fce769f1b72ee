package se.helhet.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.AdultMatters;
import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.Children;
import se.helhet.support.Families;
import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

/**
 * The family view's time for a family of six with five matters in four units, at the demo's scale, through
 * HTTP on this machine (docs/performance.md). The bound is loose, as the machine is shared; the figures printed
 * are what counts.
 */
@HelhetTest
class FamilyViewTimeTest {

    private static final int WARM_UP = 30;
    private static final int TIMES = 300;

    @LocalServerPort
    int port;

    @Test
    void aFamilyOfSixWithFiveMattersAnswersWellWithinAQuarterOfASecond() {
        var family = Families.knownToTwoUnits(port, "Tidsfamilj");
        CaseFlow.Opened second = CaseFlow.investigated(port, 12, "Tidsfamilj", "RED");
        related(family.parent(), "PARENT", second.childId());
        related(family.child().childId(), "SIBLING", second.childId());
        String other = Api.as(port, "ida.holmberg").post("/api/v1/persons", Api.json(
                "{'givenName': 'Olle', 'familyName': 'Tidsfamilj', 'birthDate': '1984-05-02'}")).json().get("id").asString();
        related(other, "HOUSEHOLD", family.parent());
        related(other, "PARENT", family.child().childId());
        related(family.parent(), "PARENT", Children.aChild(port, 3, "Tidsfamilj"));
        AdultMatters.opened(port, "ida.holmberg", other, "DOMESTIC_VIOLENCE");
        AdultMatters.opened(port, "hodan.farah", family.parent(), "FINANCIAL_AID");
        var view = Api.as(port, "mottagning").get("/api/v1/families/" + family.child().childId()).json();
        assertThat(view.get("members")).hasSize(6);
        assertThat(view.get("matters")).hasSize(5);

        double[] api = time(() -> Api.as(port, "mottagning").get("/api/v1/families/" + family.child().childId()));
        var session = WebSession.loggedInAs(port, "mottagning");
        double[] page = time(() -> session.get("/familjer/" + family.child().childId()));

        System.out.printf("Family view, 6 members, 5 matters, %d requests each: API median %.1f ms, p95 %.1f ms; "
                + "page median %.1f ms, p95 %.1f ms%n", TIMES, api[0], api[1], page[0], page[1]);
        assertThat(api[0]).isLessThan(250);
        assertThat(page[0]).isLessThan(250);
    }

    private void related(String person, String type, String related) {
        assertThat(Api.as(port, "mottagning").post("/api/v1/persons/" + person + "/relations",
                Api.json("{'type': '%s', 'relatedPersonId': '%s'}", type, related)).status()).isEqualTo(204);
    }

    /** Median and 95th percentile in milliseconds, after a warm-up. */
    private static double[] time(Runnable request) {
        for (int i = 0; i < WARM_UP; i++) {
            request.run();
        }
        double[] ms = new double[TIMES];
        for (int i = 0; i < TIMES; i++) {
            long start = System.nanoTime();
            request.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[TIMES / 2], ms[(int) (TIMES * 0.95)]};
    }
}
