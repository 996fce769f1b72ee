package se.helhet.childimpact;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Barnkonsekvensanalys", description = "Gemensamma barnkonsekvensanalyser för varje barn i familjen, "
        + "gemensamma uppdrag till utförare, och beslut i vuxenärenden som kräver analysen")
class ChildImpactApi {

    private final ChildImpactAnalyses analyses;
    private final AdultDecisions decisions;
    private final MissingAnalyses missing;

    ChildImpactApi(ChildImpactAnalyses analyses, AdultDecisions decisions, MissingAnalyses missing) {
        this.analyses = analyses;
        this.decisions = decisions;
        this.missing = missing;
    }

    @PostMapping("/api/v1/child-impact-analyses")
    @Operation(summary = "Registrera en gemensam barnkonsekvensanalys för ett barn",
            description = "consequences: för varje ärende i familjen som du får arbeta i det planerade beslutet och "
                    + "konsekvenserna för barnet; invited: familjens andra öppna ärenden som analysen gäller, med "
                    + "person och slag (personId, kind) så som familjevyn visar dem – deras handläggare skriver sin "
                    + "del själva (PUT …/consequences/{matterId}); commission (frivilligt): det gemensamma uppdraget "
                    + "till utföraren med barnets och den vuxnes behov. Kräver att du får arbeta i minst ett av "
                    + "ärendena.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"childId": "0b9f5f0e-8a5e-4c41-b1a4-1c2d3e4f5a6b", "madeOn": "2026-12-02",
             "participantIds": ["3f1c0f4e-2b7a-4c39-9a52-6d1e8f0b7c21"],
             "situation": "Bor med mamma i skyddat boende sedan en vecka.",
             "childViews": "Vill gå kvar i sin skola och träffa mormor.",
             "howHeard": "Samtal med barnet ensam, med stöd av bildkort.",
             "consequences": [{"matterId": "9c1b2a3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d",
               "plannedDecision": "Bistånd till skyddat boende", "consequence": "Trygg men långt till skolan."}],
             "invited": [{"personId": "5d2e8a1f-3b4c-4d5e-8f6a-7b8c9d0e1f2a", "kind": "CHILD_AND_YOUTH"}],
             "jointAssessment": "Skyddat boende behövs; skolskjuts ordnas.",
             "commission": {"providerName": "Skyddat boende Linden", "commissionedOn": "2026-12-02",
               "childNeeds": "Skolskjuts, samtal om det barnet varit med om.",
               "adultNeeds": "Skydd, stöd i kontakt med polis."}}""")))
    ResponseEntity<ChildImpactAnalysis> record(@RequestBody ChildImpactRules.AnalysisInput input) {
        ChildImpactAnalysis analysis = analyses.record(input);
        return ResponseEntity.created(URI.create("/api/v1/child-impact-analyses/" + analysis.id())).body(analysis);
    }

    @PutMapping("/api/v1/child-impact-analyses/{id}/consequences/{matterId}")
    @Operation(summary = "Skriv ett inbjudet ärendes del: det planerade beslutet och konsekvenserna för barnet",
            description = "Av den som får arbeta i ärendet (annars 403); 404 om ärendet inte ingår i analysen, 409 "
                    + "om delen redan är skriven.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"plannedDecision": "Familjebehandling", "consequence": "Stöd hemma i vardagen efter flytten."}""")))
    ChildImpactAnalysis writePart(@PathVariable UUID id, @PathVariable UUID matterId,
                                  @RequestBody ChildImpactRules.PartInput input) {
        return analyses.writePart(id, matterId, input);
    }

    @GetMapping("/api/v1/child-impact-analyses/{id}")
    @Operation(summary = "En analys (403 utan rätt att läsa något av ärendena den gäller)")
    ChildImpactAnalysis analysis(@PathVariable UUID id) {
        return analyses.get(id);
    }

    @GetMapping("/api/v1/child-impact-analyses")
    @Operation(summary = "Barnets analyser som du får läsa, nyaste först")
    List<ChildImpactAnalysis> forChild(@RequestParam UUID childId) {
        return analyses.forChild(childId);
    }

    @GetMapping("/api/v1/matters/{id}/adult-decisions")
    @Operation(summary = "Besluten i ett vuxenärende, nyaste först")
    List<AdultDecision> decisions(@PathVariable UUID id) {
        return decisions.forMatter(id);
    }

    @PostMapping("/api/v1/matters/{id}/adult-decisions")
    @Operation(summary = "Registrera ett beslut i ett vuxenärende",
            description = "outcome GRANTED, REFUSED eller PARTLY_GRANTED; decidedById tomt betyder du själv. Ett "
                    + "ärende om barn och unga ger 400: dess beslut fattas i utredningen. Ett beslut för en förälder "
                    + "med barn utan barnens analys flaggas (se missing-child-impact-analyses), det nekas inte.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"decidedOn": "2026-12-03", "subject": "Ekonomiskt bistånd till hyra och uppehälle i skyddat boende",
             "outcome": "GRANTED", "reasons": "Familjen saknar medel under tiden i skyddat boende."}""")))
    ResponseEntity<AdultDecision> decide(@PathVariable UUID id, @RequestBody AdultDecisions.DecisionInput input) {
        AdultDecision decision = decisions.record(id, input);
        return ResponseEntity.created(URI.create("/api/v1/matters/" + id + "/adult-decisions")).body(decision);
    }

    @GetMapping("/api/v1/matters/{id}/missing-child-impact-analyses")
    @Operation(summary = "Beslut i ärendet som saknar gemensam barnkonsekvensanalys, ett per barn")
    List<FamilyChildren.Missing> missing(@PathVariable UUID id) {
        return missing.forMatter(id);
    }
}
