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
@Tag(name = "Bedömningsinstrument", description = "Poängsättning av SDQ, AUDIT och DUDIT och lagrade administreringar")
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
    @Operation(summary = "Poängsätt en SDQ (förälder, lärare eller självskattning, 4–17 år) utan att spara",
            description = "25 råsvar i formulärets ordning: 0 stämmer inte, 1 stämmer delvis, 2 stämmer helt, "
                    + "null när frågan inte besvarats; omvända frågor skickas oomvända. En delskala räknas med "
                    + "minst 3 av 5 svar. impact är null när tilläggsfrågorna inte getts.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"informant": "PARENT",
             "responses": [2, 1, 0, 2, 1, 0, 2, 0, 2, 1, 2, 0, 0, 2, 1, 0, 2, 0, 1, 2, 1, 0, 0, 0, 1],
             "impact": {"difficulties": 1, "distress": 1, "home": 2, "friends": 0, "classroom": 3, "leisure": null}}""")))
    SdqResult sdq(@RequestBody SdqRequest r) {
        return scoring.sdq(r.informant(), r.responses(), r.impact());
    }

    @PostMapping("/api/v1/instruments/AUDIT/score")
    @Operation(summary = "Poängsätt en AUDIT utan att spara",
            description = "10 svarsalternativ: 0–4 för fråga 1–8 (poäng = alternativ), 0–2 för fråga 9–10 "
                    + "(0, 2 eller 4 poäng). Zoner enligt svenska gränsvärden för kvinnor och män.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"sex": "FEMALE", "responses": [2, 1, 1, 0, 0, 0, 1, 0, 0, 1]}""")))
    TotalResult audit(@RequestBody TotalRequest r) {
        return scoring.audit(r.sex(), r.responses());
    }

    @PostMapping("/api/v1/instruments/DUDIT/score")
    @Operation(summary = "Poängsätt en DUDIT utan att spara",
            description = "11 svarsalternativ: 0–4 för fråga 1–9 (poäng = alternativ), 0–2 för fråga 10–11 "
                    + "(0, 2 eller 4 poäng). Drogrelaterade problem från 6 poäng för män och 2 för kvinnor, "
                    + "troligt beroende från 25.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"sex": "MALE", "responses": [1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1]}""")))
    TotalResult dudit(@RequestBody TotalRequest r) {
        return scoring.dudit(r.sex(), r.responses());
    }
}
