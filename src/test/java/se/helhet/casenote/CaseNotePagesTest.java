package se.helhet.casenote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.HelhetTest;
import se.helhet.support.WebSession;

@HelhetTest
class CaseNotePagesTest {

    @LocalServerPort
    int port;

    @Test
    void aNoteWrittenOnThePageKeepsTheTypedTextOnAnErrorAndIsThenSavedAndSigned() {
        String matter = Notes.aMatter(port, 10, "Vera");
        String page = "/arenden/" + matter + "/anteckningar";
        WebSession web = WebSession.loggedInAs(port, "mottagning");
        assertThat(web.get(page).body()).contains("Inga anteckningar i ärendet ännu").contains("Typ av anteckning");

        var refused = web.post(page, Map.of("type", "CONVERSATION_WITH_CHILD", "occurredOn", LocalDate.now().toString(),
                "minutesSpent", "45", "text", "Vi pratade länge om hur det är hemma.", "childInformed", "true",
                "childViews", "", "noConversationReason", "", "schoolName", ""));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Vi pratade länge om hur det är hemma.")
                .contains("id=\"childViews-error\"").contains("Skriv barnets egna ord")
                .containsPattern("id=\"childViews\"[^>]*aria-invalid=\"true\"")
                .containsPattern("value=\"CONVERSATION_WITH_CHILD\"[^>]*checked");

        var saved = web.post(page, Map.of("type", "CONVERSATION_WITH_CHILD", "occurredOn", LocalDate.now().toString(),
                "minutesSpent", "45", "text", "Vi pratade länge om hur det är hemma.", "childInformed", "true",
                "childViews", "Det är bra hemma.", "noConversationReason", "", "schoolName", ""));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).contains(page + "#anteckning-");

        String list = web.get(page).body();
        assertThat(list).contains("Utkastet är sparat").contains("Utkast").contains("Det är bra hemma.")
                .contains("Ändra utkastet");
        Matcher sign = Pattern.compile("action=\"(/arenden/[^\"]+/signera)\"").matcher(list);
        assertThat(sign.find()).isTrue();
        assertThat(web.post(sign.group(1), Map.of("version", "0")).status()).isEqualTo(302);
        String signed = web.get(page).body();
        assertThat(signed).contains("Anteckningen är signerad.").contains("Signerad").contains("Rätta anteckningen")
                .doesNotContain("Ändra utkastet");
    }

    /**
     * The form sends what is typed a moment after typing stops; that save can arrive after the note itself was
     * saved. It must not open the draft again, or the form would offer the same text for a second note.
     */
    @Test
    void aLateAutosaveAfterTheNoteWasSavedDoesNotBringTheDraftBack() {
        String matter = Notes.aMatter(port, 11, "Elsa");
        String page = "/arenden/" + matter + "/anteckningar";
        String draft = "/utkast/casenote/new/" + matter;
        WebSession web = WebSession.loggedInAs(port, "mottagning");
        Matcher opening = Pattern.compile("name=\"_draft\" value=\"(\\d+)\"").matcher(web.get(page).body());
        assertThat(opening.find()).as("the form says which opening of it the typing belongs to").isTrue();
        Map<String, String> typed = Map.of("_draft", opening.group(1), "type", "SCHOOL_CONTACT", "occurredOn",
                LocalDate.now().toString(), "minutesSpent", "15", "text", "Kuratorn ringde om frånvaron.",
                "childViews", "", "noConversationReason", "", "schoolName", "Ekdalsskolan");
        assertThat(web.put(draft, typed).status()).isEqualTo(200);

        assertThat(web.post(page, typed).status()).isEqualTo(302);
        var late = web.put(draft, typed);

        assertThat(late.status()).as("the late save is refused").isEqualTo(409);
        String again = web.get(page).body();
        assertThat(again).doesNotContain("är återupptaget");
        Matcher next = Pattern.compile("name=\"_draft\" value=\"(\\d+)\"").matcher(again);
        assertThat(next.find()).isTrue();
        assertThat(web.put(draft, Map.of("_draft", next.group(1), "text", "En ny anteckning.")).status())
                .as("typing in the new form is kept as before").isEqualTo(200);
        assertThat(web.get(page).body()).contains("är återupptaget", "En ny anteckning.");
    }

    @Test
    void whetherTheChildWasInformedIsAnActiveAnswerNeverAPreselectedOneThatTheFormThenRefuses() {
        String matter = Notes.aMatter(port, 9, "Siv");
        String page = "/arenden/" + matter + "/anteckningar";
        WebSession web = WebSession.loggedInAs(port, "mottagning");

        assertThat(web.get(page).body()).containsPattern("name=\"childInformed\"")
                .doesNotContainPattern("name=\"childInformed\"[^>]*checked");
        var unanswered = web.post(page, Map.of("type", "CONVERSATION_WITH_CHILD", "occurredOn",
                LocalDate.now().toString(), "minutesSpent", "30", "text", "Samtal i skolan.", "childViews",
                "Jag vill bo kvar.", "noConversationReason", "", "schoolName", ""));
        assertThat(unanswered.body()).contains("Ange om barnet har fått information")
                .doesNotContainPattern("name=\"childInformed\"[^>]*checked");
        var school = web.post(page, Map.of("type", "SCHOOL_CONTACT", "occurredOn", LocalDate.now().toString(),
                "minutesSpent", "10", "text", "Mentorn ringde.", "childViews", "", "noConversationReason", "",
                "schoolName", "Ekdalsskolan"));
        assertThat(school.status()).as("a note that is no conversation needs no answer").isEqualTo(302);
    }

    @Test
    void aDraftIsChangedOnItsOwnPageAndAStaleChangeKeepsTheText() {
        String matter = Notes.aMatter(port, 14, "Leo");
        String note = Notes.written(port, matter, Notes.SCHOOL);
        String edit = "/arenden/" + matter + "/anteckningar/" + note;
        WebSession web = WebSession.loggedInAs(port, "mottagning");
        assertThat(web.get(edit + "/andra").body()).contains("Ekdalsskolan").contains("name=\"version\" value=\"0\"");
        Map<String, String> form = Map.of("type", "SCHOOL_CONTACT", "occurredOn", LocalDate.now().toString(),
                "minutesSpent", "25", "text", "Rektorn ringde tillbaka.", "childInformed", "", "childViews", "",
                "noConversationReason", "", "schoolName", "Ekdalsskolan", "version", "0");

        assertThat(web.post(edit, form).status()).isEqualTo(302);
        var stale = web.post(edit, form);

        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("har ändrats sedan du öppnade den").contains("Rektorn ringde tillbaka.");
        assertThat(WebSession.loggedInAs(port, "chef").get(edit + "/andra").status()).isEqualTo(403);
        assertThat(WebSession.loggedInAs(port, "vuxen").get("/arenden/" + matter + "/anteckningar").status())
                .isEqualTo(403);
    }
}
