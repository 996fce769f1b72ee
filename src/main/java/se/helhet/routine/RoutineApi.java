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
@Tag(name = "Rutiner och hållplatser", description = "Rutiner med hållplatser (styrda samråd) när en familj har "
        + "ärenden i flera enheter, familjens hållplatser och de samråd som hållits")
class RoutineApi {

    private final Routines routines;
    private final Stops stops;

    RoutineApi(Routines routines, Stops stops) {
        this.routines = routines;
        this.stops = stops;
    }

    @GetMapping("/api/v1/routines")
    @Operation(summary = "Rutinerna med sina hållplatser")
    List<Routine> routines() {
        return routines.all();
    }

    @GetMapping("/api/v1/routines/{id}")
    @Operation(summary = "En rutin med sina hållplatser")
    Routine routine(@PathVariable UUID id) {
        return routines.get(id);
    }

    @PostMapping("/api/v1/routines")
    @Operation(summary = "Skriv en rutin (administratör)",
            description = "appliesWhen: ärendeslagen som ska vara öppna samtidigt i en familj (minst två); "
                    + "alsoInvolves: ärendeslag vars handläggare deltar när ett sådant ärende också är öppet. "
                    + "gate: WITHIN_WORKING_DAYS (med workingDays från matchningen), BEFORE_INVESTIGATION_PLAN, "
                    + "BEFORE_DECISION, BEFORE_COMMISSIONING, AT_FOLLOW_UP; matterKind begränsar grinden till ett "
                    + "ärendeslag.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"name": "Missbruk – barn och vuxen", "appliesWhen": ["CHILD_AND_YOUTH", "ADDICTION"],
             "alsoInvolves": ["FINANCIAL_AID"], "stops": [
               {"name": "Första samråd", "gate": "WITHIN_WORKING_DAYS", "workingDays": "5"},
               {"name": "Före beslut", "gate": "BEFORE_DECISION"}]}""")))
    ResponseEntity<Routine> write(@RequestBody RoutineRules.RoutineInput input) {
        Routine routine = routines.write(input);
        return ResponseEntity.created(URI.create("/api/v1/routines/" + routine.id())).body(routines.get(routine.id()));
    }

    @GetMapping("/api/v1/stops")
    @Operation(summary = "Hållplatserna för personens familj",
            description = "Varje matchning av en rutin som läsaren får se (läsaren får läsa minst ett av familjens "
                    + "ärenden i den): deltagande ärenden med enhet och ansvarig handläggare, hållplatserna med "
                    + "state HELD, PASSED_WITHOUT_CONSULTATION (flaggad) eller AHEAD, och hållna samråd. Tom lista "
                    + "för den som inte har något av familjens ärenden.")
    List<FamilyStops> forFamily(@RequestParam UUID personId) {
        return stops.forFamilyOf(personId);
    }

    @GetMapping("/api/v1/stops/mine")
    @Operation(summary = "Mina hållplatser: familjer där jag är ansvarig handläggare och en hållplats inte är hållen")
    List<FamilyStops> mine() {
        return stops.mine();
    }

    @GetMapping("/api/v1/stops/{id}")
    @Operation(summary = "En hållplats med sin rutin och familjens deltagare (403 utan något av familjens ärenden)")
    FamilyStops stop(@PathVariable UUID id) {
        return stops.get(id);
    }

    @PostMapping("/api/v1/stops/{id}/consultations")
    @Operation(summary = "Registrera ett hållet samråd vid hållplatsen",
            description = "heldOn tomt betyder i dag (aldrig senare än i dag); participantIds är handläggarnas "
                    + "id; agreed vad ni kom överens om; nextStep nästa steg.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"heldOn": "2026-12-01", "participantIds": ["3f1c0f4e-2b7a-4c39-9a52-6d1e8f0b7c21"],
             "agreed": "Relationsvården skriver uppdraget till skyddat boende med barnens behov.",
             "nextStep": "Gemensamt möte med mamma och barnen på torsdag."}""")))
    ResponseEntity<FamilyStops.ConsultationView> consult(@PathVariable UUID id,
                                                        @RequestBody Stops.ConsultationInput input) {
        var held = stops.record(id, input);
        return ResponseEntity.created(URI.create("/api/v1/stops/" + id)).body(held);
    }
}
