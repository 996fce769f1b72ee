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
import se.helhet.platform.UserTexts;

@RestController
@Tag(name = "Investigation", description = "Investigation, extension, communication to the family and decision")
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
    @Operation(summary = "The matter's investigations")
    List<InvestigationJson> forMatter(@PathVariable UUID matterId) {
        return investigations.forMatter(matterId).stream().map(this::json).toList();
    }

    @GetMapping("/api/v1/investigations/{id}")
    @Operation(summary = "Get an investigation with its time limits and extensions")
    InvestigationJson get(@PathVariable UUID id) {
        return json(investigations.get(id));
    }

    @PostMapping("/api/v1/investigations/{id}/investigator")
    @Operation(summary = "Appoint the investigator (unit manager or intake)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"investigatorId": "3f1c0f4e-2b7a-4c39-9a52-6d1e8f0b7c21", "version": 0}""")))
    InvestigationJson investigator(@PathVariable UUID id, @RequestBody InvestigatorRequest r) {
        investigations.assignInvestigator(id, version(r.version()), r.investigatorId());
        return get(id);
    }

    @PostMapping("/api/v1/investigations/{id}/level")
    @Operation(summary = "Set the investigation's level (orange or red), e.g. after an application")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"level": "RED", "version": 1}""")))
    InvestigationJson level(@PathVariable UUID id, @RequestBody InvestigationLevelRequest r) {
        investigations.setLevel(id, version(r.version()), r.level());
        return get(id);
    }

    @PutMapping("/api/v1/investigations/{id}/plan")
    @Operation(summary = "Save the investigation plan")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"plan": "Talk with the child in week 48, home visit, contact with the school.", "version": 2}""")))
    InvestigationJson plan(@PathVariable UUID id, @RequestBody PlanRequest r) {
        investigations.savePlan(id, version(r.version()), r.plan());
        return get(id);
    }

    @PostMapping("/api/v1/investigations/{id}/extension")
    @Operation(summary = "Extend the investigation time: a decision with reason and new date (unit manager)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"newDue": "2027-05-15", "reason": "The statement from child psychiatry is delayed.", "version": 3}""")))
    InvestigationJson extend(@PathVariable UUID id, @RequestBody ExtensionRequest r) {
        investigations.extend(id, version(r.version()), r.newDue(), r.reason());
        return get(id);
    }

    @PostMapping("/api/v1/investigations/{id}/communication")
    @Operation(summary = "Communication (kommunicering): the family has read the investigation; date and comments")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"givenOn": "2026-12-01", "comments": "The mother agrees but wants to clarify the school situation.", "version": 4}""")))
    InvestigationJson communicate(@PathVariable UUID id, @RequestBody CommunicationRequest r) {
        investigations.communicate(id, version(r.version()), r.givenOn(), r.comments());
        return get(id);
    }

    @PostMapping("/api/v1/investigations/{id}/decision")
    @Operation(summary = "Decision by the one with delegation; closes the investigation and gives a decision letter")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"outcome": "GRANTED", "interventionCode": "FAMILY_TREATMENT", "reasons": "Needs support in parenting.",
             "decidedOn": "2026-12-05"}""")))
    ResponseEntity<DecisionJson> decide(@PathVariable UUID id, @RequestBody DecisionInput r) {
        Decision decision = decisions.decide(id, r);
        return ResponseEntity.created(URI.create("/api/v1/decisions/" + decision.id())).body(DecisionJson.of(decision));
    }

    record AreaRequest(String description, String childView, String needs, Integer version) {
    }

    @GetMapping("/api/v1/investigations/{id}/areas")
    @Operation(summary = "The investigation's areas of the BBIC triangle: description, the child's own view, assessed need")
    List<AreaAssessment> areas(@PathVariable UUID id) {
        return areas.of(id);
    }

    @PutMapping("/api/v1/investigations/{id}/areas/{area}")
    @Operation(summary = "Write an area (e.g. EDUCATION); version is the one you read, left out for a new area")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"description": "In year 4, high absence since the autumn.", "childView": "I don't want to go there when there is trouble at home.",
             "needs": "Needs support to get to school and an adult at school to talk with."}""")))
    AreaAssessment area(@PathVariable UUID id, @PathVariable String area, @RequestBody AreaRequest r) {
        return areas.write(id, area, r.description(), r.childView(), r.needs(), r.version());
    }

    @GetMapping("/api/v1/decisions/{id}")
    @Operation(summary = "Get a decision with its decision letter")
    DecisionJson decision(@PathVariable UUID id) {
        return DecisionJson.of(decisions.get(id));
    }

    private InvestigationJson json(Investigation i) {
        LocalDate today = LocalDate.now(clock);
        return new InvestigationJson(i.id(), i.matterId(), i.reportId(), i.level(), i.levelWhenOpened(), i.openedOn(),
                i.legalDue(),
                i.open() ? UserTexts.text(i.legalDeadline().status(today).text()) : null, i.pilotGoal().due(),
                i.open() ? UserTexts.text(i.pilotGoal().status(today).text()) : null, i.investigatorId(), i.closedOn(), i.plan(),
                i.communicatedOn(), i.communicationComments(), investigations.extensions(i), i.version());
    }

    private static int version(Integer version) {
        if (version == null) {
            throw new InvalidInputException("version", "investigation.problem.version.missing");
        }
        return version;
    }
}
