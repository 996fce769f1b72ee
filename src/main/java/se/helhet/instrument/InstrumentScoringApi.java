package se.helhet.instrument;

import java.util.List;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Scoring without storing: no personal data, so open to every signed-in user. */
@RestController
@Tag(name = "Assessment instruments", description = "Scoring of SDQ, AUDIT and DUDIT, and stored administrations")
class InstrumentScoringApi {

    record SdqRequest(String informant, List<Integer> responses, ImpactAnswers impact) {
    }

    record TotalRequest(String sex, List<Integer> responses) {
    }

    private final InstrumentScoring scoring;

    InstrumentScoringApi(InstrumentScoring scoring) {
        this.scoring = scoring;
    }

    @PostMapping("/api/v1/instruments/SDQ/score")
    @Operation(summary = "Score an SDQ (parent, teacher or self-report, ages 4–17) without saving it",
            description = "25 raw responses in the form's order: 0 not true, 1 somewhat true, 2 certainly true, "
                    + "null for an unanswered item; reversed items are sent unreversed. A subscale is scored with "
                    + "at least 3 of its 5 responses. impact is null when the impact supplement was not given.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"informant": "PARENT",
             "responses": [2, 1, 0, 2, 1, 0, 2, 0, 2, 1, 2, 0, 0, 2, 1, 0, 2, 0, 1, 2, 1, 0, 0, 0, 1],
             "impact": {"difficulties": 1, "distress": 1, "home": 2, "friends": 0, "classroom": 3, "leisure": null}}""")))
    SdqResult sdq(@RequestBody SdqRequest r) {
        return scoring.sdq(r.informant(), r.responses(), r.impact());
    }

    @PostMapping("/api/v1/instruments/AUDIT/score")
    @Operation(summary = "Score an AUDIT without saving it",
            description = "10 chosen options: 0–4 for items 1–8 (points = option), 0–2 for items 9–10 "
                    + "(0, 2 or 4 points). Zones by the Swedish cut-offs for women and men.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"sex": "FEMALE", "responses": [2, 1, 1, 0, 0, 0, 1, 0, 0, 1]}""")))
    TotalResult audit(@RequestBody TotalRequest r) {
        return scoring.audit(r.sex(), r.responses());
    }

    @PostMapping("/api/v1/instruments/DUDIT/score")
    @Operation(summary = "Score a DUDIT without saving it",
            description = "11 chosen options: 0–4 for items 1–9 (points = option), 0–2 for items 10–11 "
                    + "(0, 2 or 4 points). Drug-related problems from 6 points for men and 2 for women, "
                    + "probable dependence from 25.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"sex": "MALE", "responses": [1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1]}""")))
    TotalResult dudit(@RequestBody TotalRequest r) {
        return scoring.dudit(r.sex(), r.responses());
    }
}
