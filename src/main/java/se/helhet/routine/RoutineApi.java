package se.helhet.routine;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Routines and stops", description = "Routines with stops (mandatory joint consultations) when a family "
        + "has matters in several units, the family's stops and the consultations held")
class RoutineApi {

    private final Routines routines;
    private final Stops stops;

    RoutineApi(Routines routines, Stops stops) {
        this.routines = routines;
        this.stops = stops;
    }

    @GetMapping("/api/v1/routines")
    @Operation(summary = "The routines with their stops")
    List<Routine> routines() {
        return routines.all();
    }

    @GetMapping("/api/v1/routines/{id}")
    @Operation(summary = "One routine with its stops")
    Routine routine(@PathVariable UUID id) {
        return routines.get(id);
    }

    @PostMapping("/api/v1/routines")
    @Operation(summary = "Write a routine (administrator)",
            description = "appliesWhen: the matter kinds that must be open at the same time in a family (at least "
                    + "two); alsoInvolves: matter kinds whose case workers take part when such a matter is open too. "
                    + "gate: WITHIN_WORKING_DAYS (with workingDays from the match), BEFORE_INVESTIGATION_PLAN, "
                    + "BEFORE_DECISION, BEFORE_COMMISSIONING, AT_FOLLOW_UP; matterKind limits the gate to one "
                    + "matter kind.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"name": "Substance abuse – child and adult", "appliesWhen": ["CHILD_AND_YOUTH", "ADDICTION"],
             "alsoInvolves": ["FINANCIAL_AID"], "stops": [
               {"name": "First consultation", "gate": "WITHIN_WORKING_DAYS", "workingDays": "5"},
               {"name": "Before the decision", "gate": "BEFORE_DECISION"}]}""")))
    ResponseEntity<Routine> write(@RequestBody RoutineRules.RoutineInput input) {
        Routine routine = routines.write(input);
        return ResponseEntity.created(URI.create("/api/v1/routines/" + routine.id())).body(routines.get(routine.id()));
    }

    @GetMapping("/api/v1/stops")
    @Operation(summary = "The stops of the person's family",
            description = "Each match of a routine the reader may see (the reader may read at least one of the "
                    + "family's matters in it): the matters taking part with unit and responsible case worker, the "
                    + "stops with state HELD, PASSED_WITHOUT_CONSULTATION (flagged) or AHEAD, and the consultations "
                    + "held. An empty list for someone with none of the family's matters.")
    List<FamilyStops> forFamily(@RequestParam UUID personId) {
        return stops.forFamilyOf(personId);
    }

    @GetMapping("/api/v1/stops/mine")
    @Operation(summary = "My stops: families where I am the responsible case worker and a stop is not held")
    List<FamilyStops> mine() {
        return stops.mine();
    }

    @GetMapping("/api/v1/stops/{id}")
    @Operation(summary = "One stop with its routine and the family's participants (403 without any of the family's matters)")
    FamilyStops stop(@PathVariable UUID id) {
        return stops.get(id);
    }

    @PostMapping("/api/v1/stops/{id}/consultations")
    @Operation(summary = "Record a consultation held at the stop",
            description = "heldOn empty means today (never later than today); participantIds are the case "
                    + "workers' ids; agreed what you agreed on; nextStep the next step.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"heldOn": "2026-12-01", "participantIds": ["3f1c0f4e-2b7a-4c39-9a52-6d1e8f0b7c21"],
             "agreed": "The domestic violence team writes the assignment to the sheltered housing with the children's needs.",
             "nextStep": "A joint meeting with the mother and the children on Thursday."}""")))
    ResponseEntity<FamilyStops.ConsultationView> consult(@PathVariable UUID id,
                                                        @RequestBody Stops.ConsultationInput input) {
        var held = stops.record(id, input);
        return ResponseEntity.created(URI.create("/api/v1/stops/" + id)).body(held);
    }
}
