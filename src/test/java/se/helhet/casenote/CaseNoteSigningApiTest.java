package se.helhet.casenote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;

@HelhetTest
class CaseNoteSigningApiTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    @Test
    void aSignedNoteCannotBeChangedThroughTheApiNorInTheDatabase() {
        String matter = Notes.aMatter(port, 10, "Vera");
        String note = Notes.written(port, matter, Notes.CONVERSATION);

        var signed = Notes.sign(port, "mottagning", note);

        assertThat(signed.status()).isEqualTo(200);
        assertThat(signed.json().get("signedAt").isNull()).isFalse();
        assertThat(signed.json().get("signedBy").asString()).isEqualTo("Amira Khalil");
        var put = Notes.put(port, "mottagning", "/api/v1/case-notes/" + note, Api.json(
                "{'type': 'OTHER', 'minutesSpent': 5, 'text': 'Ändrad i efterhand.', 'version': %d}",
                signed.json().get("version").asInt()));
        assertThat(put.status()).isEqualTo(409);
        assertThat(put.json().get("detail").asString()).contains("signerad").contains("rättelse");
        assertThat(Notes.sign(port, "mottagning", note).status()).isEqualTo(409);

        var app = new JdbcTemplate(dataSource);
        UUID id = UUID.fromString(note);
        assertThatThrownBy(() -> app.update("update case_note set text = 'x' where id = ?", id))
                .hasMessageContaining("signed, cannot be changed");
        assertThatThrownBy(() -> app.update("delete from case_note where id = ?", id));
        // The owner has every privilege: only the trigger stands between it and the record.
        var owner = new JdbcTemplate(ownerDataSource);
        assertThatThrownBy(() -> owner.update("update case_note set text = 'x' where id = ?", id))
                .hasMessageContaining("signed, cannot be changed");
        assertThatThrownBy(() -> owner.update("delete from case_note where id = ?", id))
                .hasMessageContaining("never removed");
        assertThat(app.queryForObject("select text from case_note where id = ?", String.class, id))
                .isEqualTo("Samtal i skolans samtalsrum.");
    }

    @Test
    void aCorrectionIsANewNoteLinkedToTheOldWhichShowsItIsCorrected() {
        String matter = Notes.aMatter(port, 9, "Ebbe");
        String old = Notes.written(port, matter, Notes.SCHOOL);
        var api = Api.as(port, "mottagning");
        assertThat(api.post("/api/v1/case-notes/" + old + "/corrections", "").status()).isEqualTo(409);
        Notes.sign(port, "mottagning", old);

        var correction = api.post("/api/v1/case-notes/" + old + "/corrections", "");

        assertThat(correction.status()).isEqualTo(201);
        String corrected = correction.json().get("id").asString();
        assertThat(correction.location()).endsWith(corrected);
        assertThat(correction.json().get("correctsNoteId").asString()).isEqualTo(old);
        assertThat(correction.json().get("signed").asBoolean()).isFalse();
        assertThat(correction.json().get("schoolName").asString()).isEqualTo("Ekdalsskolan");
        assertThat(api.get("/api/v1/case-notes/" + old).json().get("correctedByNoteId").asString()).isEqualTo(corrected);
        assertThat(api.post("/api/v1/case-notes/" + old + "/corrections", "").status()).isEqualTo(409);
        var fixed = Notes.put(port, "mottagning", "/api/v1/case-notes/" + corrected, Api.json("""
                {'type': 'SCHOOL_CONTACT', 'minutesSpent': 20, 'text': 'Mentorn bekräftar hög frånvaro.',
                 'schoolName': 'Ekdalens förskola', 'version': 0}"""));
        assertThat(fixed.status()).isEqualTo(200);
        Notes.sign(port, "mottagning", corrected);
        assertThat(api.get("/api/v1/matters/" + matter + "/timeline").json().findValuesAsString("text"))
                .anyMatch(t -> t.startsWith("Kontakt med skola/förskola, Ekdalsskolan") && t.endsWith("rättad senare"))
                .anyMatch(t -> t.startsWith("Rättelse: Kontakt med skola/förskola, Ekdalens förskola"));
    }

    @Test
    void aStaleUpdateIsRefusedNeverSilentlyApplied() {
        String matter = Notes.aMatter(port, 7, "Maja");
        String note = Notes.written(port, matter, Notes.CONVERSATION);
        String path = "/api/v1/case-notes/" + note;
        String body = "{'type': 'HOME_VISIT', 'minutesSpent': 60, 'text': '%s', 'version': 0}";

        var first = Notes.put(port, "mottagning", path, Api.json(body, "Första fliken."));
        var second = Notes.put(port, "mottagning", path, Api.json(body, "Andra fliken."));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("version").asInt()).isEqualTo(1);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("detail").asString()).contains("har ändrats sedan du öppnade den");
        assertThat(Api.as(port, "mottagning").get(path).json().get("text").asString()).isEqualTo("Första fliken.");
        assertThat(Api.as(port, "mottagning").post(path + "/sign", "{'version': 0}".replace('\'', '"')).status())
                .isEqualTo(409);
    }

    @Test
    void onlyTheAuthorChangesOrSignsADraft() {
        String matter = Notes.aMatter(port, 11, "Sam");
        String note = Notes.written(port, matter, Notes.CONVERSATION);

        var edit = Notes.put(port, "chef", "/api/v1/case-notes/" + note,
                Api.json("{'type': 'OTHER', 'minutesSpent': 5, 'text': 'Chefens text.', 'version': 0}"));

        assertThat(edit.status()).isEqualTo(403);
        assertThat(Notes.sign(port, "chef", note).status()).isEqualTo(403);
        assertThat(Api.as(port, "chef").get("/api/v1/case-notes/" + note).status()).isEqualTo(200);
    }

    @Test
    void readingFollowsTheMatterAndFileAuditorsOnlyRead() {
        String matter = Notes.aMatter(port, 13, "Nora");
        String note = Notes.written(port, matter, Notes.CONVERSATION);

        assertThat(Api.as(port, "vuxen").get("/api/v1/matters/" + matter + "/case-notes").status()).isEqualTo(403);
        assertThat(Api.as(port, "vuxen").get("/api/v1/case-notes/" + note).status()).isEqualTo(403);
        assertThat(Api.as(port, "vuxen").get("/api/v1/matters/" + matter + "/case-notes/summary").status())
                .isEqualTo(403);
        assertThat(Api.as(port, "granskare").get("/api/v1/matters/" + matter + "/case-notes").status()).isEqualTo(200);
        assertThat(Notes.write(port, "granskare", matter, Notes.SCHOOL).status()).isEqualTo(403);
    }

    @Test
    void theSummaryCountsSignedNotesOnly() {
        String matter = Notes.aMatter(port, 6, "Alva");
        String conversation = Notes.written(port, matter, Notes.CONVERSATION);
        String school = Notes.written(port, matter, Notes.SCHOOL);
        String path = "/api/v1/matters/" + matter + "/case-notes/summary";

        var drafts = Api.as(port, "mottagning").get(path).json();
        Notes.sign(port, "mottagning", conversation);
        Notes.sign(port, "mottagning", school);
        var signed = Api.as(port, "granskare").get(path).json();

        assertThat(drafts.get("conversationWithChild").asBoolean()).isFalse();
        assertThat(drafts.get("schoolContact").asBoolean()).isFalse();
        assertThat(signed.get("conversationWithChild").asBoolean()).isTrue();
        assertThat(signed.get("schoolContact").asBoolean()).isTrue();
        assertThat(Api.as(port, "mottagning").get("/api/v1/matters/" + matter + "/timeline").json()
                .findValuesAsString("kind")).filteredOn("CASE_NOTE"::equals).hasSize(2);
    }
}
