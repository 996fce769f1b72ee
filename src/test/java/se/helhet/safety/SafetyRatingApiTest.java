package se.helhet.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.support.Api;
import se.helhet.support.CaseFlow;
import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

@HelhetTest
class SafetyRatingApiTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private final LocalDate today = LocalDate.now();

    private Api.Response rate(String user, String child, LocalDate on, Integer score, String rater) {
        return Api.as(port, user).post("/api/v1/persons/" + child + "/safety-ratings", Api.json(
                "{'ratedOn': '%s', 'score': %s, 'rater': '%s', 'comment': 'Sover dåligt.'}", on, score, rater));
    }

    @Test
    void ratingsFromZeroToTenByStaffParentOrChildAreKeptOverTimeAndDrawn() {
        var opened = CaseFlow.reported(port, 11, "Trygg", "CONCERN_REPORT");
        assertThat(rate("mottagning", opened.childId(), today, 6, "STAFF").status()).isEqualTo(201);
        var child = rate("mottagning", opened.childId(), today.minusDays(14), 3, "CHILD");
        assertThat(child.status()).as(child.body()).isEqualTo(201);
        assertThat(child.json().get("rater").asString()).isEqualTo("CHILD");
        assertThat(rate("mottagning", opened.childId(), today, 5, "PARENT").status()).isEqualTo(201);

        var ratings = Api.as(port, "mottagning").get("/api/v1/persons/" + opened.childId() + "/safety-ratings").json();
        assertThat(ratings.findValuesAsString("ratedOn")).containsExactly(today.minusDays(14).toString(),
                today.toString(), today.toString());
        assertThat(ratings.get(0).get("score").asInt()).isEqualTo(3);

        var page = WebSession.loggedInAs(port, "mottagning").get("/personer/" + opened.childId()
                + "/trygghetsskala/diagram");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<svg", "Trygghetsskala för", "barnet", "förälder", "personal");
    }

    @Test
    void aScoreOutsideTheScaleOrWithoutARaterIsRefusedNamingTheField() {
        var opened = CaseFlow.reported(port, 6, "Skala", "CONCERN_REPORT");
        var outside = rate("mottagning", opened.childId(), today, 11, "STAFF");
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.json().get("errors").findValuesAsString("field")).containsExactly("score");
        assertThat(outside.json().get("errors").findValuesAsString("message"))
                .containsExactly("Välj ett värde från 0 till 10");
        var inEnglish = Api.as(port, "mottagning").inLanguage("en").post("/api/v1/persons/" + opened.childId()
                + "/safety-ratings", Api.json("{'ratedOn': '%s', 'score': 11, 'rater': 'STAFF'}", today));
        assertThat(inEnglish.json().get("errors").findValuesAsString("message"))
                .containsExactly("Choose a value from 0 to 10");
        var noRater = rate("mottagning", opened.childId(), today.plusDays(1), 4, "");
        assertThat(noRater.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("ratedOn", "rater");
    }

    @Test
    void onlyThoseWhoMayReadTheChildReadOrRateAndEveryAccessIsTraced() {
        var opened = CaseFlow.reported(port, 9, "Spår", "CONCERN_REPORT");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from trace", Long.class);
        assertThat(rate("mottagning", opened.childId(), today, 7, "STAFF").status()).isEqualTo(201);
        assertThat(Api.as(port, "vuxen").get("/api/v1/persons/" + opened.childId() + "/safety-ratings").status())
                .isEqualTo(403);
        assertThat(rate("vuxen", opened.childId(), today, 7, "STAFF").status()).isEqualTo(403);
        assertThat(rate("analytiker", opened.childId(), today, 7, "STAFF").status()).isEqualTo(403);
        assertThat(Api.as(port, "mottagning").get("/api/v1/persons/" + opened.childId() + "/safety-ratings").status())
                .isEqualTo(200);
        assertThat(jdbc.queryForList("""
                select username || ' ' || action from trace where id > ? and record_type = 'safety-rating'
                  and person_id = ?::uuid order by id""", String.class, before, opened.childId()))
                .containsExactly("mottagning READ", "mottagning CREATE", "mottagning READ");
    }
}
