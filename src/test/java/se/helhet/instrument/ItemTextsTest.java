package se.helhet.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;
import se.helhet.support.StaffIds;
import se.helhet.support.WebSession;

/** Licensed item texts: loaded by an administrator as a whole, read by those who record instruments. */
@HelhetTest
class ItemTextsTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    /** Obviously synthetic texts, never an instrument's wording. */
    static List<String> synthetic(int count, String label) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> "Testfråga " + n + " " + label).toList();
    }

    private static String json(List<String> texts) {
        return texts.stream().map(t -> "\"" + t + "\"").toList().toString();
    }

    @Test
    void onlyAnAdministratorLoadsTextsAndAWrongCountOrAnEmptyTextIsNamed() {
        String path = "/api/v1/instruments/AUDIT/forms/STANDARD/item-texts";
        String ten = json(synthetic(10, "(AUDIT)"));

        assertThat(Api.as(port, "socsek").put(path, ten).status()).isEqualTo(403);
        assertThat(Api.as(port, "analytiker").put(path, ten).status()).isEqualTo(403);
        var nine = Api.as(port, "admin").put(path, json(synthetic(9, "(AUDIT)")));
        assertThat(nine.status()).isEqualTo(400);
        assertThat(nine.contentType()).contains("application/problem+json");
        assertThat(nine.json().get("errors").get(0).get("field").asString()).isEqualTo("texts");
        assertThat(nine.json().get("errors").get(0).get("message").asString()).contains("10 frågor").contains("inte 9");
        List<String> withBlank = new java.util.ArrayList<>(synthetic(10, "(AUDIT)"));
        withBlank.set(3, " ");
        var blank = Api.as(port, "admin").put(path, json(withBlank));
        assertThat(blank.json().get("errors").findValuesAsString("field")).containsExactly("texts[3]");
        assertThat(blank.json().get("errors").get(0).get("message").asString()).contains("fråga 4");
        assertThat(Api.as(port, "socsek").get(path).json().get("texts")).isEmpty();

        var loaded = Api.as(port, "admin").put(path, ten);

        assertThat(loaded.status()).as(loaded.body()).isEqualTo(200);
        var read = Api.as(port, "socsek").get(path);
        assertThat(read.json().get("texts").get(0).asString()).isEqualTo("Testfråga 1 (AUDIT)");
        assertThat(read.json().get("texts").size()).isEqualTo(10);
        assertThat(read.json().get("loadedBy").asString()).isNotBlank();
        assertThat(Api.as(port, "analytiker").get(path).status()).isEqualTo(403);
        assertThat(Api.as(port, "admin").get("/api/v1/instruments/AUDIT/forms/PARENT/item-texts").status())
                .isEqualTo(404);
    }

    @Test
    void loadingAgainReplacesTheTextsAsAWholeAndKeepsTheEarlierVersion() {
        String path = "/api/v1/instruments/SDQ/forms/TEACHER/item-texts";
        Api admin = Api.as(port, "admin");
        assertThat(admin.put(path, json(synthetic(25, "version 1"))).status()).isEqualTo(200);

        assertThat(admin.put(path, json(synthetic(25, "version 2"))).status()).isEqualTo(200);

        var texts = Api.as(port, "mottagning").get(path).json().get("texts");
        assertThat(texts.get(24).asString()).isEqualTo("Testfråga 25 version 2");
        var loads = new JdbcTemplate(dataSource).queryForList("""
                select l.ended_by::text as ended_by, (select text from instrument_item_text t
                    where t.load_id = l.id and t.item = 25) as last
                from instrument_item_text_load l where instrument = 'SDQ' and form = 'TEACHER'
                order by loaded_at desc limit 2""");
        assertThat(loads.get(0).get("ended_by")).isNull();
        assertThat(loads.get(1)).isEqualTo(Map.of("ended_by", StaffIds.of(port, "admin"),
                "last", "Testfråga 25 version 1"));
    }

    @Test
    void theAdministratorsPageLoadsKeepsWhatWasTypedOnAnErrorAndRemoves() {
        WebSession admin = WebSession.loggedInAs(port, "admin");
        assertThat(admin.get("/").body()).contains("href=\"/admin/instrument\"");
        String page = admin.get("/admin/instrument").body();
        assertThat(page).contains("SDQ, föräldraformulär").contains("DUDIT").contains("id=\"DUDIT-STANDARD-texts\"");
        String tenLines = String.join("\n", synthetic(10, "(DUDIT)"));

        var refused = admin.post("/admin/instrument/DUDIT/STANDARD", Map.of("texts", tenLines));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("DUDIT har 11 frågor").contains("inte 10")
                .contains("Testfråga 10 (DUDIT)</textarea>").containsPattern("<details[^>]*open")
                .containsPattern("id=\"DUDIT-STANDARD-texts\"[^>]*aria-invalid=\"true\"");

        var loaded = admin.post("/admin/instrument/DUDIT/STANDARD",
                Map.of("texts", String.join("\r\n", synthetic(11, "(DUDIT)")) + "\r\n\r\n"));
        assertThat(loaded.status()).isEqualTo(302);
        assertThat(admin.get("/admin/instrument").body()).contains("Inlästa ").contains("Ta bort texterna till DUDIT");
        String path = "/api/v1/instruments/DUDIT/forms/STANDARD/item-texts";
        assertThat(Api.as(port, "chef").get(path).json().get("texts").get(10).asString())
                .isEqualTo("Testfråga 11 (DUDIT)");

        assertThat(admin.post("/admin/instrument/DUDIT/STANDARD/ta-bort", Map.of()).status()).isEqualTo(302);
        assertThat(Api.as(port, "chef").get(path).json().get("texts")).isEmpty();
        assertThat(admin.get("/admin/instrument?lang=en").body()).contains("Item texts of assessment instruments")
                .contains("SDQ, parent form");
        assertThat(WebSession.loggedInAs(port, "socsek").get("/admin/instrument").status()).isEqualTo(403);
    }
}
