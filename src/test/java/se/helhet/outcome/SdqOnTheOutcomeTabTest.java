package se.helhet.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.support.Answers;
import se.helhet.support.Api;
import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

/** An SDQ recorded on the matter's outcome tab is stored as through the API, and the tab shows the change. */
@HelhetTest
class SdqOnTheOutcomeTabTest {

    /**
     * Worked out by hand (items 7, 11, 14, 21 and 25 reversed): emotional 2+1+2+0+1 = 6; conduct 0+0+1+0+0 = 1;
     * hyperactivity 1+2+2+2+1 = 8; peer 1+2+1+1 with item 19 unanswered, 5 × 5/4 = 6.25, so 6; prosocial
     * 2+2+1+2+1 = 8. Total difficulties 21, externalising 9, internalising 12. Impact: difficulties definite,
     * then 3, 1, 2, 3 count 2, 0, 1, 2: 5.
     */
    private static final List<String> ANSWERS = List.of("2", "1", "2", "2", "0", "1", "2", "1", "1", "2", "0", "1",
            "2", "1", "2", "0", "2", "0", "", "1", "0", "0", "1", "1", "1");
    private static final Map<String, String> IMPACT = Map.of("difficulties", "2", "distress", "3", "home", "1",
            "friends", "2", "classroom", "3", "leisure", "");

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private final String today = LocalDate.now().toString();

    private Map<String, String> sdq(String informant, String date, String timePoint, List<String> answers,
                                    Map<String, String> impact) {
        Map<String, String> fields = new HashMap<>(impact);
        fields.putAll(Map.of("informant", informant, "administeredOn", date, "timePoint", timePoint));
        IntStream.rangeClosed(1, 25).forEach(n -> fields.put("r" + n, answers.get(n - 1)));
        return fields;
    }

    @Test
    void anSdqFromTheFormHasTheScoresTheScoringApiGivesAndTheTabShowsTheChange() {
        var opened = Outcomes.openMatter(port, 11, "Siv");
        String tab = "/arenden/" + opened.matterId() + "/utfall";
        WebSession web = WebSession.loggedInAs(port, "mottagning");
        assertThat(web.get(tab).body()).contains("Registrera SDQ").contains("<legend>Fråga 25</legend>")
                .contains("Stämmer delvis").contains("Ej besvarad");

        var saved = web.post(tab + "/sdq", sdq("PARENT", today, "START", ANSWERS, IMPACT));

        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(saved.location()).endsWith(tab + "#instrument");
        Api intake = Api.as(port, "mottagning");
        var stored = intake.get("/api/v1/persons/" + opened.childId() + "/instrument-administrations").json().get(0);
        var scores = stored.get("scores");
        assertThat(List.of("emotional", "conduct", "hyperactivity", "peer", "prosocial", "totalDifficulties",
                "externalising", "internalising", "impact").stream().map(s -> scores.get(s).asInt()))
                .containsExactly(6, 1, 8, 6, 8, 21, 9, 12, 5);
        assertThat(stored.get("matterId").asString()).isEqualTo(opened.matterId());
        String raw = ANSWERS.stream().map(a -> a.isEmpty() ? "null" : a).toList().toString();
        var scored = intake.post("/api/v1/instruments/SDQ/score", Api.json("{'informant': 'PARENT', 'responses': %s, "
                + "'impact': {'difficulties': 2, 'distress': 3, 'home': 1, 'friends': 2, 'classroom': 3}}", raw)).json();
        assertThat(scores).isEqualTo(scored.get("scores"));
        assertThat(stored.get("bands")).isEqualTo(scored.get("bands"));
        var traced = new JdbcTemplate(dataSource).queryForList("select channel from trace where person_id = ?::uuid "
                + "and record_type = 'instrument-administration' and action = 'CREATE'", String.class, opened.childId());
        assertThat(traced).containsExactly("POST " + tab + "/sdq");
        assertThat(web.get(tab).body()).contains("SDQ är sparad: total svårighetspoäng 21.").contains(">21<");

        List<String> end = Answers.sdq(4, 1, 6, 6, 8).stream().map(String::valueOf).toList();
        assertThat(web.post(tab + "/sdq", sdq("PARENT", today, "END", end, Map.of())).status()).isEqualTo(302);
        String shown = web.get(tab).body();
        assertThat(shown).contains("SDQ är sparad: total svårighetspoäng 17.").contains("SDQ om barnet, förälder svarar")
                .contains(">21<").contains(">17<").contains("−4");
    }

    @Test
    void aRefusedSdqKeepsEveryAnswerAndNamesTheQuestion() {
        var opened = Outcomes.openMatter(port, 12, "Tor");
        String tab = "/arenden/" + opened.matterId() + "/utfall";
        WebSession web = WebSession.loggedInAs(port, "mottagning");
        web.get(tab);
        List<String> answers = new java.util.ArrayList<>(ANSWERS);
        answers.set(3, "3");

        var refused = web.post(tab + "/sdq", sdq("TEACHER", "2999-01-01", "START", answers, IMPACT));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).containsPattern("<details[^>]*id=\"sdq\"[^>]*open|<details[^>]*open[^>]*id=\"sdq\"")
                .containsPattern("id=\"sdq-r4-error\"[^>]*>Svaret på fråga 4 ska vara 0, 1 eller 2, inte 3<")
                .contains("id=\"sdq-administeredOn-error\"").contains("value=\"2999-01-01\"")
                .containsPattern("id=\"sdq-home-error\"[^>]*>Lärarformuläret frågar inte om hemmet")
                .containsPattern("id=\"sdq-informant-TEACHER\"[^>]*checked")
                .containsPattern("id=\"sdq-r19-none\"[^>]*checked")
                .containsPattern("id=\"sdq-difficulties-2\"[^>]*checked");
        for (int n = 1; n <= 25; n++) {
            String chosen = answers.get(n - 1);
            if (n != 4 && n != 19) {
                assertThat(refused.body()).containsPattern("id=\"sdq-r" + n + (chosen.equals("0") ? "" : "-" + chosen)
                        + "\"[^>]*checked");
            }
        }
        assertThat(Api.as(port, "mottagning").get("/api/v1/persons/" + opened.childId()
                + "/instrument-administrations").json()).isEmpty();
    }

    @Test
    void theLegendsShowTheTextsLoadedForTheChosenInformantsForm() {
        var opened = Outcomes.openMatter(port, 13, "Ull");
        List<String> texts = IntStream.rangeClosed(1, 25).mapToObj(n -> "\"Testfråga " + n + " (självskattning)\"")
                .toList();
        assertThat(Api.as(port, "admin").put("/api/v1/instruments/SDQ/forms/SELF/item-texts", texts.toString())
                .status()).isEqualTo(200);
        WebSession web = WebSession.loggedInAs(port, "mottagning");

        String self = web.get("/arenden/" + opened.matterId() + "/utfall/sdq?informant=SELF").body();

        assertThat(self).contains("<legend>Fråga 1: Testfråga 1 (självskattning)</legend>")
                .contains("<legend>Fråga 25: Testfråga 25 (självskattning)</legend>")
                .containsPattern("id=\"sdq-informant-SELF\"[^>]*checked");
        assertThat(web.get("/arenden/" + opened.matterId() + "/utfall").body()).contains("<legend>Fråga 1</legend>")
                .doesNotContain("Testfråga 1 (självskattning)");
    }

    @Test
    void onlyCaseWorkersOfTheMatterRecordAndEsterIsRecordedByItsScores() {
        var opened = Outcomes.openMatter(port, 14, "Vega");
        String tab = "/arenden/" + opened.matterId() + "/utfall";
        for (String other : List.of("vuxen", "analytiker")) {
            WebSession web = WebSession.loggedInAs(port, other);
            web.get("/");
            assertThat(web.post(tab + "/sdq", sdq("PARENT", today, "START", ANSWERS, IMPACT)).status())
                    .as(other).isEqualTo(403);
        }
        WebSession web = WebSession.loggedInAs(port, "mottagning");
        web.get(tab);

        var refused = web.post(tab + "/licensierat/ESTER", Map.of("riskFactors", "14", "protectiveFactors", "sex",
                "administeredOn", today, "timePoint", "START"));
        assertThat(refused.body()).contains("id=\"ester-protectiveFactors-error\"").contains("value=\"sex\"")
                .contains("value=\"14\"");
        assertThat(web.post(tab + "/licensierat/ESTER", Map.of("riskFactors", "14", "protectiveFactors", "6",
                "administeredOn", today, "timePoint", "START")).status()).isEqualTo(302);

        assertThat(web.get(tab).body()).contains("ESTER om barnet<").contains("Riskfaktorer 14, Skyddsfaktorer 6");
        var stored = Api.as(port, "mottagning").get("/api/v1/persons/" + opened.childId()
                + "/instrument-administrations").json();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).get("instrument").asString()).isEqualTo("ESTER");
    }
}
