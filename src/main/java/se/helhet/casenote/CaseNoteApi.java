package se.helhet.casenote;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Case notes", description = "Notes in the child's matter: drafts, signing and correction")
class CaseNoteApi {

    /** Numbers and yes/no as JSON types; the type and the date as text, so a wrong one is named by its field. */
    record NoteRequest(String type, String occurredOn, Integer minutesSpent, String text, Boolean childInformed,
                       String childViews, String noConversationReason, String schoolName, Integer version) {

        CaseNoteInput input() {
            return new CaseNoteInput(type, occurredOn, minutesSpent == null ? null : minutesSpent.toString(), text,
                    childInformed == null ? null : childInformed.toString(), childViews, noConversationReason,
                    schoolName);
        }
    }

    record SignRequest(Integer version) {
    }

    record NoteJson(UUID id, UUID matterId, CaseNoteType type, LocalDate occurredOn, int minutesSpent, String text,
                    Boolean conversationHeld, Boolean childInformed, String childViews, String noConversationReason,
                    String schoolName, UUID correctsNoteId, UUID correctedByNoteId, String author, boolean signed,
                    Instant createdAt, Instant signedAt, String signedBy, int version) {

        static NoteJson of(CaseNote n) {
            return new NoteJson(n.id(), n.matterId(), n.type(), n.occurredOn(), n.minutesSpent(), n.text(),
                    n.conversationHeld(), n.childInformed(), n.childViews(), n.noConversationReason(), n.schoolName(),
                    n.correctsNoteId(), n.correctedBy(), n.authorName(), n.signed(), n.createdAt(), n.signedAt(),
                    n.signed() ? n.authorName() : null, n.version());
        }
    }

    /** What the investigation asks of the matter's signed notes. */
    record SummaryJson(boolean conversationWithChild, boolean schoolContact) {
    }

    private final CaseNotes notes;

    CaseNoteApi(CaseNotes notes) {
        this.notes = notes;
    }

    @PostMapping("/api/v1/matters/{matterId}/case-notes")
    @Operation(summary = "Write a case note (saved as a draft)",
            description = "Conversation with the child: the child's own words and whether the child was informed, "
                    + "or why no conversation was held. Contact with school or preschool: the school's name.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"type": "CONVERSATION_WITH_CHILD", "occurredOn": "2026-11-20", "minutesSpent": 45,
             "text": "Conversation in the school's meeting room; the mentor fetched the child.", "childInformed": true,
             "childViews": "I want to stay at home, but I want mum to feel better.",
             "noConversationReason": null, "schoolName": null}""")))
    ResponseEntity<NoteJson> write(@PathVariable UUID matterId, @RequestBody NoteRequest r) {
        CaseNote note = notes.write(matterId, r.input());
        return ResponseEntity.created(URI.create("/api/v1/case-notes/" + note.id())).body(NoteJson.of(note));
    }

    @GetMapping("/api/v1/matters/{matterId}/case-notes")
    @Operation(summary = "The matter's case notes, newest first, drafts marked")
    List<NoteJson> list(@PathVariable UUID matterId) {
        return notes.forMatter(matterId).stream().map(NoteJson::of).toList();
    }

    @GetMapping("/api/v1/matters/{matterId}/case-notes/summary")
    @Operation(summary = "Whether the matter has a signed conversation with the child and a signed school contact")
    SummaryJson summary(@PathVariable UUID matterId) {
        ChildContacts contacts = notes.childContacts(matterId);
        return new SummaryJson(contacts.conversationWithChild(), contacts.schoolContact());
    }

    @GetMapping("/api/v1/case-notes/{id}")
    @Operation(summary = "Read a case note")
    NoteJson get(@PathVariable UUID id) {
        return NoteJson.of(notes.get(id));
    }

    @PutMapping("/api/v1/case-notes/{id}")
    @Operation(summary = "Change your own draft; version is the one you read (otherwise 409). A signed note is not changed (409)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"type": "SCHOOL_CONTACT", "occurredOn": "2026-11-21", "minutesSpent": 20,
             "text": "The mentor confirms high absence since October.", "childInformed": null, "childViews": null,
             "noConversationReason": null, "schoolName": "Ekdalsskolan", "version": 0}""")))
    NoteJson revise(@PathVariable UUID id, @RequestBody NoteRequest r) {
        return NoteJson.of(notes.revise(id, r.version(), r.input()));
    }

    @PostMapping("/api/v1/case-notes/{id}/sign")
    @Operation(summary = "Sign your own draft; after that the note can only be corrected by a new note",
            description = "version is optional: when given, only that version is signed (otherwise 409).")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"version": 1}""")))
    NoteJson sign(@PathVariable UUID id, @RequestBody(required = false) SignRequest r) {
        return NoteJson.of(notes.sign(id, r == null ? null : r.version()));
    }

    @PostMapping("/api/v1/case-notes/{id}/corrections")
    @Operation(summary = "Correct a signed note: a new draft with the old text, linked to the old note",
            description = "No request body. The old note then shows that it has been corrected.")

    ResponseEntity<NoteJson> correct(@PathVariable UUID id) {
        CaseNote correction = notes.correct(id);
        return ResponseEntity.created(URI.create("/api/v1/case-notes/" + correction.id())).body(NoteJson.of(correction));
    }
}
