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
@Tag(name = "Child impact analysis", description = "Joint child impact analyses for each child of the family, "
        + "joint commissions to providers, and decisions in adult matters that call for the analysis")
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
    @Operation(summary = "Record a joint child impact analysis for one child",
            description = "consequences: for each matter of the family you may work in, the planned decision and "
                    + "the consequences for the child; invited: the family's other open matters the analysis "
                    + "covers, by person and kind (personId, kind) as the family view shows them; their workers "
                    + "write their own parts (PUT …/consequences/{matterId}); commission (optional): the joint "
                    + "commission to the provider with the child's and the adult's needs. Requires that you may work "
                    + "in at least one of the matters.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"childId": "0b9f5f0e-8a5e-4c41-b1a4-1c2d3e4f5a6b", "madeOn": "2026-12-02",
             "participantIds": ["3f1c0f4e-2b7a-4c39-9a52-6d1e8f0b7c21"],
             "situation": "Has lived with mum in sheltered housing for a week.",
             "childViews": "Wants to stay at the same school and see grandma.",
             "howHeard": "Conversation with the child alone, with picture cards.",
             "consequences": [{"matterId": "9c1b2a3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d",
               "plannedDecision": "Support for sheltered housing", "consequence": "Safe, but far from school."}],
             "invited": [{"personId": "5d2e8a1f-3b4c-4d5e-8f6a-7b8c9d0e1f2a", "kind": "CHILD_AND_YOUTH"}],
             "jointAssessment": "Sheltered housing is needed; school transport is arranged.",
             "commission": {"providerName": "Linden sheltered housing", "commissionedOn": "2026-12-02",
               "childNeeds": "School transport, talks about what the child has been through.",
               "adultNeeds": "Protection, support in contact with the police."}}""")))
    ResponseEntity<ChildImpactAnalysis> record(@RequestBody ChildImpactRules.AnalysisInput input) {
        ChildImpactAnalysis analysis = analyses.record(input);
        return ResponseEntity.created(URI.create("/api/v1/child-impact-analyses/" + analysis.id())).body(analysis);
    }

    @PutMapping("/api/v1/child-impact-analyses/{id}/consequences/{matterId}")
    @Operation(summary = "Write an invited matter's part: the planned decision and the consequences for the child",
            description = "By one who may work in the matter (otherwise 403); 404 when the matter is not part of "
                    + "the analysis, 409 when the part is already written.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"plannedDecision": "Family treatment", "consequence": "Support at home in daily life after the move."}""")))
    ChildImpactAnalysis writePart(@PathVariable UUID id, @PathVariable UUID matterId,
                                  @RequestBody ChildImpactRules.PartInput input) {
        return analyses.writePart(id, matterId, input);
    }

    @GetMapping("/api/v1/child-impact-analyses/{id}")
    @Operation(summary = "One analysis (403 without the right to read any of the matters it covers)")
    ChildImpactAnalysis analysis(@PathVariable UUID id) {
        return analyses.get(id);
    }

    @GetMapping("/api/v1/child-impact-analyses")
    @Operation(summary = "The child's analyses you may read, newest first")
    List<ChildImpactAnalysis> forChild(@RequestParam UUID childId) {
        return analyses.forChild(childId);
    }

    @GetMapping("/api/v1/matters/{id}/adult-decisions")
    @Operation(summary = "The decisions in an adult matter, newest first")
    List<AdultDecision> decisions(@PathVariable UUID id) {
        return decisions.forMatter(id);
    }

    @PostMapping("/api/v1/matters/{id}/adult-decisions")
    @Operation(summary = "Record a decision in an adult matter",
            description = "outcome GRANTED, REFUSED or PARTLY_GRANTED; an empty decidedById means yourself. A child "
                    + "and youth matter gives 400: its decisions are made in the investigation. A decision for a "
                    + "parent whose children lack their analysis is flagged (see missing-child-impact-analyses), "
                    + "not refused.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"decidedOn": "2026-12-03", "subject": "Financial support for rent and living costs in sheltered housing",
             "outcome": "GRANTED", "reasons": "The family lacks means while in sheltered housing."}""")))
    ResponseEntity<AdultDecision> decide(@PathVariable UUID id, @RequestBody AdultDecisions.DecisionInput input) {
        AdultDecision decision = decisions.record(id, input);
        return ResponseEntity.created(URI.create("/api/v1/matters/" + id + "/adult-decisions")).body(decision);
    }

    @GetMapping("/api/v1/matters/{id}/missing-child-impact-analyses")
    @Operation(summary = "Decisions in the matter that lack a joint child impact analysis, one per child")

    List<FamilyChildren.Missing> missing(@PathVariable UUID id) {
        return missing.forMatter(id);
    }
}
