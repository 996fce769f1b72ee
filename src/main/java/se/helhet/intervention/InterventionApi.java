package se.helhet.intervention;

import java.net.URI;
import java.time.LocalDate;
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
import se.helhet.common.Level;
import se.helhet.platform.UserTexts;

@RestController
@Tag(name = "Interventions", description = "The intervention catalogue and interventions in the child's matter: offered, "
        + "accepted or declined, started, completed or ended early")
class InterventionApi {

    record CatalogueJson(String code, String name, List<Level> levels, boolean needsAssessment) {
        static CatalogueJson of(CatalogueEntry e) {
            return new CatalogueJson(e.code(), e.name(), e.levelsInOrder(), e.needsAssessment());
        }
    }

    record OfferRequest(String code, String providerKind, String providerName, UUID responsibleWorkerId, String goals,
                        UUID decisionId, String offeredOn) {
    }

    record StepRequest(String date, Integer version, String reason) {
    }

    record ProviderJson(ProviderKind kind, String name) {
    }

    record InterventionJson(UUID id, UUID matterId, String code, String name, boolean needsAssessment,
                            ProviderJson provider, UUID responsibleWorkerId, String responsibleWorkerName, String goals,
                            UUID decisionId, LocalDate decidedOn, InterventionState state, String stateText,
                            LocalDate offeredOn, LocalDate acceptedOn, LocalDate declinedOn, LocalDate startedOn,
                            LocalDate completedOn, LocalDate endedEarlyOn, String reason, Long waitingDays,
                            List<Step> nextSteps, int version) {

        static InterventionJson of(Intervention i) {
            Intervention.Dates d = i.dates();
            return new InterventionJson(i.id(), i.matterId(), i.kind().code(), i.kind().name(),
                    i.kind().needsAssessment(), new ProviderJson(i.provider().kind(), i.provider().name()),
                    i.responsibleWorkerId(), i.responsibleWorkerName(), i.goals(), i.decisionId(), i.decidedOn(),
                    i.state(), UserTexts.text(i.state().labelKey()), d.offered(), d.accepted(), d.declined(), d.started(), d.completed(),
                    d.endedEarly(), i.reason(), i.waitingDays().orElse(null), i.state().nextSteps(), i.version());
        }
    }

    private static final String STEP_EXAMPLE = """
            {"date": "2026-12-07", "version": 1}""";
    private static final String REASON_EXAMPLE = """
            {"date": "2026-12-07", "version": 1, "reason": "The family would rather have support through the school."}""";

    private final Interventions interventions;

    InterventionApi(Interventions interventions) {
        this.interventions = interventions;
    }

    @GetMapping("/api/v1/intervention-catalogue")
    @Operation(summary = "The intervention catalogue: code, name, levels and whether the intervention needs a decision")
    List<CatalogueJson> catalogue() {
        return interventions.catalogue().stream().map(CatalogueJson::of).toList();
    }

    @PostMapping("/api/v1/matters/{matterId}/interventions")
    @Operation(summary = "Offer an intervention in the matter",
            description = "An intervention that needs a decision requires decisionId of a decision in the matter "
                    + "granting that very intervention. At red level the investigator may not be responsible for the "
                    + "intervention. offeredOn is today when left out.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"code": "FAMILY_TREATMENT", "providerKind": "INTERNAL", "providerName": "Familjebehandlarna, Ekdalen",
             "responsibleWorkerId": "3f1c0f4e-2b7a-4c39-9a52-6d1e8f0b7c21",
             "goals": "The parents set limits without threats; the child goes to school every day.",
             "decisionId": "9b2d7c1a-5e4f-4a8b-b6c3-2f1e0d9c8b7a", "offeredOn": "2026-12-05"}""")))
    ResponseEntity<InterventionJson> offer(@PathVariable UUID matterId, @RequestBody OfferRequest r) {
        Intervention offered = interventions.offer(matterId, new NewIntervention(r.code(), r.providerKind(),
                r.providerName(), r.responsibleWorkerId(), r.goals(), r.decisionId(), r.offeredOn()));
        return ResponseEntity.created(URI.create("/api/v1/interventions/" + offered.id()))
                .body(InterventionJson.of(offered));
    }

    @GetMapping("/api/v1/matters/{matterId}/interventions")
    @Operation(summary = "The matter's interventions, latest offered first")
    List<InterventionJson> forMatter(@PathVariable UUID matterId) {
        return interventions.forMatter(matterId).stream().map(InterventionJson::of).toList();
    }

    @GetMapping("/api/v1/interventions/{id}")
    @Operation(summary = "Read an intervention with the date of each step and the waiting time")
    InterventionJson get(@PathVariable UUID id) {
        return InterventionJson.of(interventions.get(id));
    }

    @PostMapping("/api/v1/interventions/{id}/accept")
    @Operation(summary = "The family accepts the offered intervention; date is today when left out")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = STEP_EXAMPLE)))
    InterventionJson accept(@PathVariable UUID id, @RequestBody StepRequest r) {
        return take(id, Step.ACCEPT, r);
    }

    @PostMapping("/api/v1/interventions/{id}/decline")
    @Operation(summary = "The family declines the offered intervention, with a reason")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = REASON_EXAMPLE)))
    InterventionJson decline(@PathVariable UUID id, @RequestBody StepRequest r) {
        return take(id, Step.DECLINE, r);
    }

    @PostMapping("/api/v1/interventions/{id}/start")
    @Operation(summary = "The intervention starts (after it was accepted); the waiting time is counted up to this date")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = STEP_EXAMPLE)))
    InterventionJson start(@PathVariable UUID id, @RequestBody StepRequest r) {
        return take(id, Step.START, r);
    }

    @PostMapping("/api/v1/interventions/{id}/complete")
    @Operation(summary = "The intervention is completed as planned")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = STEP_EXAMPLE)))
    InterventionJson complete(@PathVariable UUID id, @RequestBody StepRequest r) {
        return take(id, Step.COMPLETE, r);
    }

    @PostMapping("/api/v1/interventions/{id}/end-early")
    @Operation(summary = "The intervention ends early, with a reason")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"date": "2027-02-10", "version": 3, "reason": "The family has moved away from the municipality."}
""")))
    InterventionJson endEarly(@PathVariable UUID id, @RequestBody StepRequest r) {
        return take(id, Step.END_EARLY, r);
    }

    private InterventionJson take(UUID id, Step step, StepRequest r) {
        return InterventionJson.of(interventions.take(id, step, new StepInput(r.date(), r.version(), r.reason())));
    }
}
