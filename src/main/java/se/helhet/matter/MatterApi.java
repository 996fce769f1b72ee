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
@Tag(name = "Ärenden", description = "Ärenden i alla enheter: barn och unga (nivå, tidsgränser) och vuxenenheternas ärenden")
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

    private final Matters matters;

    MatterApi(Matters matters) {
        this.matters = matters;
    }

    @PostMapping
    @Operation(summary = "Öppna ett ärende i en vuxenenhet (beroende, relationsvåld, socialpsykiatri, ekonomiskt bistånd, LSS)",
            description = "Den som öppnar ska arbeta i enheten (annars 403) och den ansvariga tillhöra den. Ärendeslaget ska "
                    + "höra till enhetens slag; CHILD_AND_YOUTH inleds i mottagningen och ger 400. Ett andra öppet ärende "
                    + "av samma slag för personen ger 409. Alla fel i indata rapporteras på en gång.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"personId": "3f1c0f4e-2b7a-4c39-9a52-6d1e8f0b7c21", "unitId": "9b2d7c1a-4e5f-4a3b-8c6d-1e2f3a4b5c6d",
             "kind": "ADDICTION", "openedOn": "2026-12-01", "responsibleWorkerId": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d"}""")))
    ResponseEntity<MatterJson> open(@RequestBody OpenRequest r) {
        MatterKind kind;
        try {
            kind = r.kind() == null ? null : MatterKind.valueOf(r.kind());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "Okänt ärendeslag");
        }
        Matter matter = matters.open(r.personId(), r.unitId(), kind, r.openedOn(), r.responsibleWorkerId());
        return ResponseEntity.created(URI.create("/api/v1/matters/" + matter.id())).body(MatterJson.of(matter));
    }

    @PostMapping("/{id}/closing")
    @Operation(summary = "Avsluta en vuxenenhets ärende, med datum och skäl; version är den version du läste (annars 409)",
            description = "Ett ärende för barn och unga avslutas genom förhandsbedömningen eller beslutet (400 kind).")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"closedOn": "2026-12-03", "reason": "Målen uppnådda", "version": 0}""")))
    ResponseEntity<Void> close(@PathVariable UUID id, @RequestBody ClosingRequest r) {
        matters.end(id, r.version(), r.closedOn(), r.reason());
        return ResponseEntity.noContent().build();
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
