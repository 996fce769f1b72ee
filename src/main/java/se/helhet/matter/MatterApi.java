package se.helhet.matter;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.helhet.common.Level;
import se.helhet.platform.FieldProblem;
import se.helhet.platform.InvalidInputException;

@RestController
@RequestMapping("/api/v1/matters")
@Tag(name = "Matters", description = "Matters of every unit: children and youth (level, time limits) and the adult units' matters")
class MatterApi {

    /**
     * {@code childId} is the person of a children and youth matter (null for the other kinds), kept for clients of
     * the time when every matter was a child's; {@code personId} is set for every kind.
     */
    record MatterJson(UUID id, MatterKind kind, UUID personId, UUID childId, UUID unitId, Instant openedAt,
                      LocalDate closedOn, Level level, UUID responsibleWorkerId, Integer ageAtStart,
                      boolean reopened, int version) {
        static MatterJson of(Matter m) {
            return new MatterJson(m.id(), m.kind(), m.personId(), m.kind().childAndYouth() ? m.personId() : null,
                    m.unitId(), m.openedAt(), m.closedOn(), m.level(), m.responsibleWorkerId(), m.ageAtStart(),
                    m.reopened(), m.version());
        }
    }

    record LevelRequest(Level level, String reason, Integer version) {
    }

    record AssignRequest(UUID responsibleWorkerId, Integer version) {
    }

    /** {@code kind} as text, so that an unknown kind is refused naming the field like any other problem. */
    record OpenRequest(UUID personId, UUID unitId, String kind, LocalDate openedOn, UUID responsibleWorkerId) {
    }

    record ClosingRequest(LocalDate closedOn, String reason, Integer version) {
    }

    /** A timeline entry with its text in the language of the request. */
    record TimelineJson(Instant at, String kind, String text, String by) {
    }

    private final Matters matters;

    MatterApi(Matters matters) {
        this.matters = matters;
    }

    @PostMapping
    @Operation(summary = "Open a matter in an adult unit (addiction, domestic violence, social psychiatry, financial "
            + "assistance, LSS)",
            description = "The one who opens must work in the unit (otherwise 403) and the responsible worker belong to it. "
                    + "The kind must be the unit's kind; CHILD_AND_YOUTH is opened at intake and gives 400. A second open "
                    + "matter of the same kind for the person gives 409. Every problem in the input is reported at once.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"personId": "3f1c0f4e-2b7a-4c39-9a52-6d1e8f0b7c21", "unitId": "9b2d7c1a-4e5f-4a3b-8c6d-1e2f3a4b5c6d",
             "kind": "ADDICTION", "openedOn": "2026-12-01", "responsibleWorkerId": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d"}""")))
    ResponseEntity<MatterJson> open(@RequestBody OpenRequest r) {
        MatterKind kind;
        try {
            kind = r.kind() == null ? null : MatterKind.valueOf(r.kind());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "matter.problem.kind.unknown");
        }
        Matter matter = matters.open(r.personId(), r.unitId(), kind, r.openedOn(), r.responsibleWorkerId());
        return ResponseEntity.created(URI.create("/api/v1/matters/" + matter.id())).body(MatterJson.of(matter));
    }

    @PostMapping("/{id}/closing")
    @Operation(summary = "Close an adult unit's matter, with date and reason; version is the version you read "
            + "(otherwise 409)",
            description = "A children and youth matter is closed by the preliminary assessment or the decision (400 kind).")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"closedOn": "2026-12-03", "reason": "The goals are reached", "version": 0}""")))
    ResponseEntity<Void> close(@PathVariable UUID id, @RequestBody ClosingRequest r) {
        matters.end(id, r.version(), r.closedOn(), r.reason());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a matter")
    MatterJson get(@PathVariable UUID id) {
        return MatterJson.of(matters.get(id));
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "The matter's timeline: every event in order, and who did it",
            description = "kind filters by event type, e.g. kind=REPORT,CASE_NOTE,DECISION; the text follows "
                    + "Accept-Language")
    List<TimelineJson> timeline(@PathVariable UUID id,
                                @RequestParam(name = "kind", required = false) List<String> kinds) {
        return matters.timeline(id).stream()
                .filter(e -> kinds == null || kinds.isEmpty() || kinds.contains(e.kind()))
                .map(e -> new TimelineJson(e.at(), e.kind(), e.text(), e.by()))
                .toList();
    }

    @PostMapping("/{id}/level")
    @Operation(summary = "Change the level, with a reason; version is the version you read (otherwise 409)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"level": "RED", "reason": "New information about violence at home", "version": 3}""")))
    ResponseEntity<Void> level(@PathVariable UUID id, @RequestBody LevelRequest r) {
        matters.changeLevel(id, r.version(), r.level(), r.reason());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/responsible-worker")
    @Operation(summary = "Give the matter a responsible worker (unit manager or intake)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"responsibleWorkerId": "3f1c0f4e-2b7a-4c39-9a52-6d1e8f0b7c21", "version": 3}""")))
    ResponseEntity<Void> assign(@PathVariable UUID id, @RequestBody AssignRequest r) {
        if (r.responsibleWorkerId() == null || r.version() == null) {
            throw new InvalidInputException(List.of(new FieldProblem("responsibleWorkerId", "matter.problem.responsible.choose"),
                    new FieldProblem("version", "matter.problem.version.missing")));
        }
        matters.assign(id, r.version(), r.responsibleWorkerId());
        return ResponseEntity.noContent().build();
    }
}
