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

@RestController
@Tag(name = "Insatser", description = "Insatskatalogen och insatser i barnets ärende: erbjuden, accepterad eller avböjd, "
        + "påbörjad, avslutad eller avslutad i förtid")
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
                    i.state(), i.state().word(), d.offered(), d.accepted(), d.declined(), d.started(), d.completed(),
                    d.endedEarly(), i.reason(), i.waitingDays().orElse(null), i.state().nextSteps(), i.version());
        }
    }

    private static final String STEP_EXAMPLE = """
            {"date": "2026-12-07", "version": 1}""";
    private static final String REASON_EXAMPLE = """
            {"date": "2026-12-07", "version": 1, "reason": "Familjen vill i stället ha stöd via skolan."}""";

    private final Interventions interventions;

    InterventionApi(Interventions interventions) {
        this.interventions = interventions;
    }

    @GetMapping("/api/v1/intervention-catalogue")
    @Operation(summary = "Insatskatalogen: kod, namn, nivåer och om insatsen är biståndsbedömd (kräver beslut)")
    List<CatalogueJson> catalogue() {
        return interventions.catalogue().stream().map(CatalogueJson::of).toList();
    }

    @PostMapping("/api/v1/matters/{matterId}/interventions")
    @Operation(summary = "Erbjud en insats i ärendet",
            description = "En biståndsbedömd insats kräver decisionId för ett beviljande beslut om just den insatsen i "
                    + "ärendet. På röd nivå får utredaren inte vara ansvarig för insatsen. offeredOn är i dag om det utelämnas.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"code": "FAMILY_TREATMENT", "providerKind": "INTERNAL", "providerName": "Familjebehandlarna, Ekdalen",
             "responsibleWorkerId": "3f1c0f4e-2b7a-4c39-9a52-6d1e8f0b7c21",
             "goals": "Föräldrarna sätter gränser utan att ta till hot; barnet går till skolan varje dag.",
             "decisionId": "9b2d7c1a-5e4f-4a8b-b6c3-2f1e0d9c8b7a", "offeredOn": "2026-12-05"}""")))
    ResponseEntity<InterventionJson> offer(@PathVariable UUID matterId, @RequestBody OfferRequest r) {
        Intervention offered = interventions.offer(matterId, new NewIntervention(r.code(), r.providerKind(),
                r.providerName(), r.responsibleWorkerId(), r.goals(), r.decisionId(), r.offeredOn()));
        return ResponseEntity.created(URI.create("/api/v1/interventions/" + offered.id()))
                .body(InterventionJson.of(offered));
    }

    @GetMapping("/api/v1/matters/{matterId}/interventions")
    @Operation(summary = "Ärendets insatser, senast erbjudna först")
    List<InterventionJson> forMatter(@PathVariable UUID matterId) {
        return interventions.forMatter(matterId).stream().map(InterventionJson::of).toList();
    }

    @GetMapping("/api/v1/interventions/{id}")
    @Operation(summary = "Hämta en insats med datum för varje steg och väntetid")
    InterventionJson get(@PathVariable UUID id) {
        return InterventionJson.of(interventions.get(id));
    }

    @PostMapping("/api/v1/interventions/{id}/accept")
    @Operation(summary = "Familjen accepterar den erbjudna insatsen; date är i dag om det utelämnas")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = STEP_EXAMPLE)))
    InterventionJson accept(@PathVariable UUID id, @RequestBody StepRequest r) {
        return take(id, Step.ACCEPT, r);
    }

    @PostMapping("/api/v1/interventions/{id}/decline")
    @Operation(summary = "Familjen tackar nej till den erbjudna insatsen, med skäl")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = REASON_EXAMPLE)))
    InterventionJson decline(@PathVariable UUID id, @RequestBody StepRequest r) {
        return take(id, Step.DECLINE, r);
    }

    @PostMapping("/api/v1/interventions/{id}/start")
    @Operation(summary = "Insatsen påbörjas (efter att den accepterats); väntetiden räknas fram till detta datum")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = STEP_EXAMPLE)))
    InterventionJson start(@PathVariable UUID id, @RequestBody StepRequest r) {
        return take(id, Step.START, r);
    }

    @PostMapping("/api/v1/interventions/{id}/complete")
    @Operation(summary = "Insatsen avslutas som planerat")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = STEP_EXAMPLE)))
    InterventionJson complete(@PathVariable UUID id, @RequestBody StepRequest r) {
        return take(id, Step.COMPLETE, r);
    }

    @PostMapping("/api/v1/interventions/{id}/end-early")
    @Operation(summary = "Insatsen avslutas i förtid, med skäl")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"date": "2027-02-10", "version": 3, "reason": "Familjen har flyttat från kommunen."}""")))
    InterventionJson endEarly(@PathVariable UUID id, @RequestBody StepRequest r) {
        return take(id, Step.END_EARLY, r);
    }

    private InterventionJson take(UUID id, Step step, StepRequest r) {
        return InterventionJson.of(interventions.take(id, step, new StepInput(r.date(), r.version(), r.reason())));
    }
}
