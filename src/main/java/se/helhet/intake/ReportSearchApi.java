package se.helhet.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
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
import se.helhet.platform.InvalidInputException;
import se.helhet.platform.NotFoundException;

@RestController
@Tag(name = "Intake")
class ReportSearchApi {

    record HitJson(UUID reportId, Instant receivedAt, ReportKind kind, ReporterCategory reporterCategory,
                   UUID childId, String childName, String childReference, boolean protectedIdentity, UUID matterId,
                   PreliminaryOutcome outcome) {
    }

    record FeedbackRequest(Boolean given, String reason) {
    }

    private final ReportSearch search;
    private final Feedback feedback;

    ReportSearchApi(ReportSearch search, Feedback feedback) {
        this.search = search;
        this.feedback = feedback;
    }

    @GetMapping("/api/v1/reports")
    @Operation(summary = "Search all reports, also those that did not lead to an investigation",
            description = "person: personal identity number in any form, reserve number or name (case and accent "
                    + "insensitive); from/to: date received; reporterCategory. Every hit is logged. When searching by "
                    + "personal identity number, prefer POST /api/v1/reports/search, so that the number stays out of "
                    + "the address.")
    List<HitJson> search(@RequestParam(required = false) String person, @RequestParam(required = false) LocalDate from,
                         @RequestParam(required = false) LocalDate to,
                         @RequestParam(required = false) ReporterCategory reporterCategory) {
        return found(new ReportSearch.Criteria(person, from, to, reporterCategory));
    }

    record SearchRequest(String person, LocalDate from, LocalDate to, ReporterCategory reporterCategory) {
    }

    @PostMapping("/api/v1/reports/search")
    @Operation(summary = "Search all reports with the search in the request body, so that no personal identity number is in the address",
            description = "As GET /api/v1/reports. Every hit is logged.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"person": "20150312-2390", "from": "2026-01-01", "to": "2026-12-31", "reporterCategory": "SCHOOL"}""")))
    List<HitJson> searchByPost(@RequestBody SearchRequest request) {
        return found(new ReportSearch.Criteria(request.person(), request.from(), request.to(),
                request.reporterCategory()));
    }

    private List<HitJson> found(ReportSearch.Criteria criteria) {
        var result = search.find(criteria);
        if (result.problem() != null) {
            throw new InvalidInputException("person", result.problem());
        }
        return result.hits().stream().map(h -> new HitJson(h.reportId(), h.receivedAt(), h.kind(),
                h.reporterCategory(), h.child().id(), h.child().name(), h.child().maskedReference(),
                h.child().protectedIdentity(), h.matterId(), h.outcome())).toList();
    }

    @GetMapping("/api/v1/reports/{id}/feedback")
    @Operation(summary = "The feedback to the reporter, if recorded")
    ReporterFeedback feedback(@PathVariable UUID id) {
        return feedback.of(id).orElseThrow(() -> new NotFoundException("intake.feedback.not-found"));
    }

    @PostMapping("/api/v1/reports/{id}/feedback")
    @Operation(summary = "Feedback to a professional reporter, or the decision not to give it (with a reason)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
            @ExampleObject(name = "Give feedback", value = "{\"given\": true}"),
            @ExampleObject(name = "No feedback", value = """
                    {"given": false, "reason": "It could put the child in danger."}""")}))
    ResponseEntity<ReporterFeedback> record(@PathVariable UUID id, @RequestBody FeedbackRequest r) {
        if (r.given() == null) {
            throw new InvalidInputException("given", "intake.problem.feedback.given.missing");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(feedback.record(id, r.given(), r.reason()));
    }
}
