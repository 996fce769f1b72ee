package se.helhet.investigation;

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
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.helhet.common.Level;
import se.helhet.platform.InvalidInputException;

@RestController
@Tag(name = "Utredning", description = "Utredning, förlängning, kommunicering och beslut")
class InvestigationApi {

    record InvestigationJson(UUID id, UUID matterId, UUID reportId, Level level, Level levelWhenOpened,
                             LocalDate openedOn, LocalDate legalDue, String legalStatus, LocalDate pilotGoal,
                             String pilotStatus, UUID investigatorId, LocalDate closedOn, String plan, LocalDate communicatedOn,
                             String communicationComments, List<Extension> extensions, int version) {
    }

    /**
     * A decision as the API has always sent it: the outcome's name, and its intervention or null; {@code proposedBy}
     * names the investigator whose proposed decision it was taken on, or is null.
     */
    @Schema(name = "Decision")
    record DecisionJson(UUID id, UUID investigationId, UUID matterId, DecisionOutcome outcome, String interventionCode,
                        String reasons, LocalDate decidedOn, String decidedBy, boolean appealable, String letter,
                        Instant recordedAt, String proposedBy) {

        static DecisionJson of(Decision d) {
            return new DecisionJson(d.id(), d.investigationId(), d.matterId(), d.outcome().code(),
                    d.outcome() instanceof Decision.OnIntervention on ? on.interventionCode() : null, d.reasons(),
                    d.decidedOn(), d.decidedBy(), d.appealable(), d.letter(), d.recordedAt(), d.proposedBy());
        }
    }

    record InvestigatorRequest(UUID investigatorId, Integer version) {
    }

    /** Named apart from the matter's level request, which has a reason: the OpenAPI document names schemas by simple name. */
    record InvestigationLevelRequest(Level level, Integer version) {
    }

    record PlanRequest(String plan, Integer version) {
    }

    record ExtensionRequest(String newDue, String reason, Integer version) {
    }

    record CommunicationRequest(String givenOn, String comments, Integer version) {
    }

    private final Investigations investigations;
    private final Decisions decisions;
    private final AreaAssessments areas;
    private final java.time.Clock clock;

    InvestigationApi(Investigations investigations, Decisions decisions, AreaAssessments areas, java.time.Clock clock) {
        this.investigations = investigations;
        this.areas = areas;
        this.decisions = decisions;
        this.clock = clock;
    }

    @GetMapping("/api/v1/matters/{matterId}/investigations")
    @Operation(summary = "Ärendets utredningar")
    List<InvestigationJson> forMatter(@PathVariable UUID matterId) {
        return investigations.forMatter(matterId).stream().map(this::json).toList();
    }

    @GetMapping("/api/v1/investigations/{id}")
    @Operation(summary = "Hämta en utredning med tidsgränser och förlängningar")
    InvestigationJson get(@PathVariable UUID id) {
        return json(investigations.get(id));
    }

    @PostMapping("/api/v1/investigations/{id}/investigator")
    @Operation(summary = "Utse utredare (enhetschef eller mottagning)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"investigatorId": "3f1c0f4e-2b7a-4c39-9a52-6d1e8f0b7c21", "version": 0}""")))
    InvestigationJson investigator(@PathVariable UUID id, @RequestBody InvestigatorRequest r) {
        investigations.assignInvestigator(id, version(r.version()), r.investigatorId());
        return get(id);
    }

    @PostMapping("/api/v1/investigations/{id}/level")
    @Operation(summary = "Sätt utredningens nivå (orange eller röd), t.ex. efter en ansökan")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"level": "RED", "version": 1}""")))
    InvestigationJson level(@PathVariable UUID id, @RequestBody InvestigationLevelRequest r) {
        investigations.setLevel(id, version(r.version()), r.level());
        return get(id);
    }

    @PutMapping("/api/v1/investigations/{id}/plan")
    @Operation(summary = "Spara utredningsplanen")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"plan": "Samtal med barnet vecka 48, hembesök, kontakt med skolan.", "version": 2}""")))
    InvestigationJson plan(@PathVariable UUID id, @RequestBody PlanRequest r) {
        investigations.savePlan(id, version(r.version()), r.plan());
        return get(id);
    }

    @PostMapping("/api/v1/investigations/{id}/extension")
    @Operation(summary = "Förläng utredningstiden: ett beslut med skäl och nytt datum (enhetschef)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"newDue": "2027-05-15", "reason": "Utlåtande från BUP dröjer.", "version": 3}""")))
    InvestigationJson extend(@PathVariable UUID id, @RequestBody ExtensionRequest r) {
        investigations.extend(id, version(r.version()), r.newDue(), r.reason());
        return get(id);
    }

    @PostMapping("/api/v1/investigations/{id}/communication")
    @Operation(summary = "Kommunicering: familjen har fått ta del av utredningen; datum och synpunkter")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"givenOn": "2026-12-01", "comments": "Mamman instämmer men vill förtydliga skolsituationen.", "version": 4}""")))
    InvestigationJson communicate(@PathVariable UUID id, @RequestBody CommunicationRequest r) {
        investigations.communicate(id, version(r.version()), r.givenOn(), r.comments());
        return get(id);
    }

    @PostMapping("/api/v1/investigations/{id}/decision")
    @Operation(summary = "Beslut av den som har delegation; avslutar utredningen och ger ett beslutsbrev")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"outcome": "GRANTED", "interventionCode": "FAMILY_TREATMENT", "reasons": "Behov av stöd i föräldraskapet.",
             "decidedOn": "2026-12-05"}""")))
    ResponseEntity<DecisionJson> decide(@PathVariable UUID id, @RequestBody DecisionInput r) {
        Decision decision = decisions.decide(id, r);
        return ResponseEntity.created(URI.create("/api/v1/decisions/" + decision.id())).body(DecisionJson.of(decision));
    }

    record AreaRequest(String description, String childView, String needs, Integer version) {
    }

    @GetMapping("/api/v1/investigations/{id}/areas")
    @Operation(summary = "Utredningens områden enligt BBIC-triangeln: beskrivning, barnets egen syn, bedömt behov")
    List<AreaAssessment> areas(@PathVariable UUID id) {
        return areas.of(id);
    }

    @PutMapping("/api/v1/investigations/{id}/areas/{area}")
    @Operation(summary = "Skriv ett område (t.ex. EDUCATION); version är den du läste, utelämnas för ett nytt område")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"description": "Går i årskurs 4, hög frånvaro sedan i höstas.", "childView": "Jag vill inte gå dit när det är bråk hemma.",
             "needs": "Behöver stöd att komma till skolan och en vuxen i skolan att prata med."}""")))
    AreaAssessment area(@PathVariable UUID id, @PathVariable String area, @RequestBody AreaRequest r) {
        return areas.write(id, area, r.description(), r.childView(), r.needs(), r.version());
    }

    @GetMapping("/api/v1/decisions/{id}")
    @Operation(summary = "Hämta ett beslut med beslutsbrevet")
    DecisionJson decision(@PathVariable UUID id) {
        return DecisionJson.of(decisions.get(id));
    }

    private InvestigationJson json(Investigation i) {
        LocalDate today = LocalDate.now(clock);
        return new InvestigationJson(i.id(), i.matterId(), i.reportId(), i.level(), i.levelWhenOpened(), i.openedOn(),
                i.legalDue(),
                i.open() ? i.legalDeadline().status(today).text() : null, i.pilotGoal().due(),
                i.open() ? i.pilotGoal().status(today).text() : null, i.investigatorId(), i.closedOn(), i.plan(),
                i.communicatedOn(), i.communicationComments(), investigations.extensions(i), i.version());
    }

    private static int version(Integer version) {
        if (version == null) {
            throw new InvalidInputException("version", "Ange versionen du läste");
        }
        return version;
    }
}
