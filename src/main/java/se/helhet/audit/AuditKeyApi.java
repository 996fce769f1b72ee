package se.helhet.audit;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "File audits")
class AuditKeyApi {

    record KeyJson(UUID id, String code, int version, String name, String description, List<QuestionJson> questions) {
        static KeyJson of(AuditKey k) {
            return new KeyJson(k.id(), k.code(), k.version(), k.name(), k.description(), k.questions().stream()
                    .map(q -> new QuestionJson(q.number(), q.group(), q.text(), q.kind().name(), q.scaleLow(),
                            q.scaleHigh())).toList());
        }
    }

    record QuestionJson(int number, String group, String text, String answerKind, String scaleLow, String scaleHigh) {
    }

    private final AuditKeys keys;

    AuditKeyApi(AuditKeys keys) {
        this.keys = keys;
    }

    @GetMapping("/api/v1/audit-keys")
    @Operation(summary = "The audit keys with their questions; a key that has been used never changes")
    List<KeyJson> keys() {
        return keys.all().stream().map(KeyJson::of).toList();
    }

    @PostMapping("/api/v1/audit-keys")
    @Operation(summary = "Create an audit key, or a new version of a key with the same code",
            description = "answerKind: YES_PARTLY_NO_NA (yes, partly, no, not applicable) or SCALE (1-5, with words "
                    + "for the ends of the scale in scaleLow and scaleHigh). A key never changes; a change is a new version.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"code": "CHILD_PARTICIPATION", "name": "The child's participation", "description": null,
             "questions": [{"number": 1, "group": "The child", "text": "Has the social worker met the child?",
                            "answerKind": "YES_PARTLY_NO_NA", "scaleLow": null, "scaleHigh": null},
                           {"number": 2, "group": "The child", "text": "How well do the child's views show in the assessment?",
                            "answerKind": "SCALE", "scaleLow": "Not at all", "scaleHigh": "Fully and clearly"}]}""")))
    ResponseEntity<KeyJson> create(@RequestBody NewAuditKey request) {
        AuditKey key = keys.create(request);
        return ResponseEntity.created(URI.create("/api/v1/audit-keys/" + key.id())).body(KeyJson.of(key));
    }

    @GetMapping("/api/v1/audit-keys/{id}")
    @Operation(summary = "One audit key with its questions")
    KeyJson key(@PathVariable UUID id) {
        return KeyJson.of(keys.get(id));
    }
}
