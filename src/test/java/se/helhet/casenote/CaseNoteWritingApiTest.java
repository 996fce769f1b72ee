package se.helhet.casenote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.helhet.support.Api;
import se.helhet.support.HelhetTest;

@HelhetTest
class CaseNoteWritingApiTest {

    @LocalServerPort
    int port;

    @Test
    void recordsAConversationWithTheChildInTheChildsOwnWords() {
        String matter = Notes.aMatter(port, 10, "Vera");

        var written = Notes.write(port, "mottagning", matter, Notes.CONVERSATION);

        assertThat(written.status()).isEqualTo(201);
        assertThat(written.location()).endsWith("/api/v1/case-notes/" + written.json().get("id").asString());
        var note = Api.as(port, "mottagning").get(written.location()).json();
        assertThat(note.get("type").asString()).isEqualTo("CONVERSATION_WITH_CHILD");
        assertThat(note.get("conversationHeld").asBoolean()).isTrue();
        assertThat(note.get("childInformed").asBoolean()).isTrue();
        assertThat(note.get("childViews").asString()).startsWith("Jag vill bo kvar hemma");
        assertThat(note.get("signed").asBoolean()).isFalse();
        assertThat(note.get("author").asString()).isEqualTo("Amira Khalil");
        assertThat(Api.as(port, "mottagning").get("/api/v1/matters/" + matter + "/case-notes").json()
                .findValuesAsString("id")).containsExactly(note.get("id").asString());
    }

    @Test
    void recordsThatNoConversationWasHeldAndWhy() {
        String matter = Notes.aMatter(port, 2, "Otto");

        var written = Notes.write(port, "mottagning", matter, """
                {'type': 'CONVERSATION_WITH_CHILD', 'occurredOn': '%s', 'minutesSpent': 30,
                 'text': 'Hembesök där barnet var med.', 'noConversationReason': 'Barnet är två år.'}""");

        assertThat(written.status()).isEqualTo(201);
        assertThat(written.json().get("conversationHeld").asBoolean()).isFalse();
        assertThat(written.json().get("noConversationReason").asString()).isEqualTo("Barnet är två år.");
        Notes.sign(port, "mottagning", written.json().get("id").asString());
        assertThat(summary(matter).get("conversationWithChild").asBoolean()).isFalse();
        assertThat(Api.as(port, "mottagning").get("/api/v1/matters/" + matter + "/timeline").json()
                .findValuesAsString("text")).anyMatch(t -> t.contains("inget samtal (Barnet är två år.)"));
    }

    @Test
    void schoolContactNamesTheSchool() {
        String matter = Notes.aMatter(port, 8, "Ines");

        var missing = Notes.write(port, "mottagning", matter,
                "{'type': 'SCHOOL_CONTACT', 'occurredOn': '%s', 'minutesSpent': 20, 'text': 'Samtal med mentorn.'}");
        var named = Notes.write(port, "mottagning", matter, Notes.SCHOOL);

        assertThat(fields(missing)).containsExactly("schoolName");
        assertThat(named.status()).isEqualTo(201);
        assertThat(named.json().get("schoolName").asString()).isEqualTo("Ekdalsskolan");
        assertThat(named.json().get("conversationHeld").isNull()).isTrue();
    }

    @Test
    void refusesBadInputFieldByFieldInSwedish() {
        String matter = Notes.aMatter(port, 12, "Liam");
        var api = Api.as(port, "mottagning");
        String path = "/api/v1/matters/" + matter + "/case-notes";

        var bad = api.post(path, Api.json("{'type': 'VISIT', 'occurredOn': '%s', 'minutesSpent': 1441, 'text': ' '}",
                LocalDate.now().plusDays(1)));
        assertThat(fields(bad)).containsExactlyInAnyOrder("type", "occurredOn", "minutesSpent", "text");
        assertThat(bad.contentType()).contains("application/problem+json");
        assertThat(bad.json().get("errors").findValuesAsString("message")).contains("Välj typ av anteckning");

        assertThat(fields(api.post(path, Api.json("{'type': 'OTHER', 'occurredOn': '%s', 'minutesSpent': 5, 'text': 'x'}",
                LocalDate.now().minusYears(1))))).containsExactly("occurredOn");
        assertThat(fields(api.post(path, Api.json("{'type': 'OTHER', 'occurredOn': '20261120', 'minutesSpent': 5, 'text': 'x'}"))))
                .containsExactly("occurredOn");
        assertThat(fields(api.post(path, Api.json("{'type': 'OTHER', 'minutesSpent': 'lång', 'text': 'x'}"))))
                .containsExactly("minutesSpent");
        assertThat(fields(api.post(path, Api.json("""
                {'type': 'CONVERSATION_WITH_CHILD', 'minutesSpent': 5, 'text': 'x', 'childViews': 'Bra.'}"""))))
                .containsExactly("childInformed");
        assertThat(fields(api.post(path, Api.json("""
                {'type': 'CONVERSATION_WITH_CHILD', 'minutesSpent': 5, 'text': 'x', 'childInformed': true,
                 'childViews': 'Bra.', 'noConversationReason': 'Sov.'}""")))).containsExactly("noConversationReason");
        assertThat(fields(api.post(path, Api.json("{'type': 'CONVERSATION_WITH_CHILD', 'minutesSpent': 5, 'text': 'x'}"))))
                .containsExactly("childViews");
        assertThat(fields(api.post(path, Api.json("""
                {'type': 'HOME_VISIT', 'minutesSpent': 5, 'text': 'x', 'childViews': 'Bra.', 'schoolName': 'Ekdal'}"""))))
                .containsExactlyInAnyOrder("childViews", "schoolName");
        assertThat(fields(api.post(path, Api.json("{'type': 'OTHER', 'minutesSpent': 5, 'text': '%s'}",
                "x".repeat(20_001))))).containsExactly("text");
    }

    @Test
    void anEnglishClientReadsTheProblemsAndTheTimelineInEnglish() {
        String matter = Notes.aMatter(port, 3, "Noor");
        var api = Api.as(port, "mottagning").inLanguage("en");

        var bad = api.post("/api/v1/matters/" + matter + "/case-notes",
                Api.json("{'type': 'SCHOOL_CONTACT', 'minutesSpent': 5, 'text': 'x'}"));
        var written = Notes.write(port, "mottagning", matter, """
                {'type': 'CONVERSATION_WITH_CHILD', 'occurredOn': '%s', 'minutesSpent': 30,
                 'text': 'Home visit.', 'noConversationReason': 'The child is two.'}""");
        Notes.sign(port, "mottagning", written.json().get("id").asString());

        assertThat(bad.json().get("errors").findValuesAsString("message"))
                .containsExactly("Enter which school or preschool");
        assertThat(api.get("/api/v1/matters/" + matter + "/timeline").json().findValuesAsString("text"))
                .anyMatch(t -> t.startsWith("Conversation with the child – no conversation (The child is two.)")
                        && t.endsWith("(signed)"));
    }

    private tools.jackson.databind.JsonNode summary(String matter) {

        return Api.as(port, "mottagning").get("/api/v1/matters/" + matter + "/case-notes/summary").json();
    }

    static java.util.List<String> fields(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json().get("errors").findValuesAsString("field");
    }
}
