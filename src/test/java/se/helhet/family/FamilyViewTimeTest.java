package se.helhet.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Tag;
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
 * The family view's time for a family of six with five matters in four units, at the demo's scale, through HTTP
 * on this machine (docs/performance.md), beside the person page and, for the API, the signed-in user's own record,
 * which costs the same HTTP Basic check of the password on every request. A benchmark: it prints its figures, to be
 * read with the machine's load, and runs only when asked for ({@code ./helhet test -Dbenchmarks
 * -Dtest=FamilyViewTimeTest}), not in the suite.
 */
@HelhetTest
@Tag("benchmark")
class FamilyViewTimeTest {

    private static final int WARM_UP = 20;
    private static final int TIMES = 100;

    @LocalServerPort
    int port;

    @Test
    void aFamilyOfSixWithFiveMattersAnswersWithinASecond() {
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
        String child = family.child().childId();
        var view = Api.as(port, "mottagning").get("/api/v1/families/" + child).json();
        assertThat(view.get("members")).hasSize(6);
        assertThat(view.get("matters")).hasSize(5);

        var session = WebSession.loggedInAs(port, "mottagning");
        Api api = Api.as(port, "mottagning");
        double[] page = time(() -> session.get("/familjer/" + child));
        double[] personPage = time(() -> session.get("/personer/" + child));
        double[] json = time(() -> api.get("/api/v1/families/" + child));
        double[] me = time(() -> api.get("/api/v1/me"));

        System.out.printf("Family view, 6 members, 5 matters, median and p95 of %d requests: page %.0f / %.0f ms "
                        + "(person page %.0f / %.0f ms); API %.0f / %.0f ms (GET /api/v1/me %.0f / %.0f ms); load %s%n",
                TIMES, page[0], page[1], personPage[0], personPage[1], json[0], json[1], me[0], me[1],
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
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
