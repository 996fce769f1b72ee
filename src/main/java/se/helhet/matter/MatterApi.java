package se.helhet.matter;

import java.time.Instant;
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
@Tag(name = "Ärenden", description = "Barnets ärende: nivå, ansvarig handläggare och tidslinje")
class MatterApi {

    /**
     * {@code childId} is the person of a children and youth matter (null for the other kinds), kept for clients of
     * the time when every matter was a child's; {@code personId} is set for every kind.
     */
    record MatterJson(UUID id, MatterKind kind, UUID personId, UUID childId, UUID unitId, Instant openedAt,
                      java.time.LocalDate closedOn, Level level, UUID responsibleWorkerId, Integer ageAtStart,
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

    private final Matters matters;

    MatterApi(Matters matters) {
        this.matters = matters;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Hämta ett ärende")
    MatterJson get(@PathVariable UUID id) {
        return MatterJson.of(matters.get(id));
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "Ärendets tidslinje: varje händelse i ordning, vem som gjorde den",
            description = "kind filtrerar på händelsetyp, t.ex. kind=REPORT,CASE_NOTE,DECISION")
    List<TimelineEntry> timeline(@PathVariable UUID id,
                                 @RequestParam(name = "kind", required = false) List<String> kinds) {
        return matters.timeline(id).stream()
                .filter(e -> kinds == null || kinds.isEmpty() || kinds.contains(e.kind()))
                .toList();
    }

    @PostMapping("/{id}/level")
    @Operation(summary = "Ändra nivå, med skäl; version är den version du läste (annars 409)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"level": "RED", "reason": "Nya uppgifter om våld i hemmet", "version": 3}""")))
    ResponseEntity<Void> level(@PathVariable UUID id, @RequestBody LevelRequest r) {
        matters.changeLevel(id, r.version(), r.level(), r.reason());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/responsible-worker")
    @Operation(summary = "Ge ärendet en ansvarig handläggare (enhetschef eller mottagning)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"responsibleWorkerId": "3f1c0f4e-2b7a-4c39-9a52-6d1e8f0b7c21", "version": 3}""")))
    ResponseEntity<Void> assign(@PathVariable UUID id, @RequestBody AssignRequest r) {
        if (r.responsibleWorkerId() == null || r.version() == null) {
            throw new InvalidInputException(List.of(new FieldProblem("responsibleWorkerId", "Välj handläggare"),
                    new FieldProblem("version", "Ange versionen du läste")));
        }
        matters.assign(id, r.version(), r.responsibleWorkerId());
        return ResponseEntity.noContent().build();
    }
}
