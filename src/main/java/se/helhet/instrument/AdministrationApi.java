package se.helhet.instrument;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
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

@RestController
@Tag(name = "Assessment instruments")
class AdministrationApi {

    /** Dates and codes as text, so a wrong one is named by its field. */
    record AdministrationRequest(String instrument, String informant, String sex, String administeredOn,
                                 String timePoint, UUID matterId, List<Integer> responses, ImpactAnswers impact,
                                 Map<String, Integer> scores) {

        NewAdministration input() {
            return new NewAdministration(instrument, informant, sex, administeredOn, timePoint, matterId, responses,
                    impact, scores);
        }
    }

    private final InstrumentAdministrations administrations;

    AdministrationApi(InstrumentAdministrations administrations) {
        this.administrations = administrations;
    }

    @PostMapping("/api/v1/persons/{id}/instrument-administrations")
    @Operation(summary = "Save an administration of an instrument for a person, with its computed scores",
            description = "SDQ, AUDIT and DUDIT are sent with the raw responses, as for scoring, and are scored here. "
                    + "ESTER and HOME are licensed: send only the scores and the date. matterId is optional. "
                    + "Case workers only (intake worker, social worker, unit manager).")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
            @ExampleObject(name = "SDQ", value = """
                    {"instrument": "SDQ", "informant": "PARENT", "administeredOn": "2026-02-03", "timePoint": "START",
                     "matterId": "5b0e7c1a-3f2d-4e8b-9a61-2c7d4f0e8b13",
                     "responses": [2, 1, 0, 2, 1, 0, 2, 0, 2, 1, 2, 0, 0, 2, 1, 0, 2, 0, 1, 2, 1, 0, 0, 0, 1],
                     "impact": {"difficulties": 1, "distress": 1, "home": 2, "friends": 0, "classroom": 3}}"""),
            @ExampleObject(name = "AUDIT", value = """
                    {"instrument": "AUDIT", "sex": "FEMALE", "administeredOn": "2026-02-03", "timePoint": "START",
                     "responses": [2, 1, 1, 0, 0, 0, 1, 0, 0, 1]}"""),
            @ExampleObject(name = "ESTER", value = """
                    {"instrument": "ESTER", "administeredOn": "2026-02-03", "timePoint": "END",
                     "scores": {"riskFactors": 14, "protectiveFactors": 6}}""")}))
    ResponseEntity<Administration> record(@PathVariable UUID id, @RequestBody AdministrationRequest r) {
        return ResponseEntity.status(HttpStatus.CREATED).body(administrations.record(id, r.input()));
    }

    @GetMapping("/api/v1/persons/{id}/instrument-administrations")
    @Operation(summary = "A person's administrations, oldest first, to show the change between time points")
    List<Administration> list(@PathVariable UUID id) {
        return administrations.forPerson(id);
    }
}
