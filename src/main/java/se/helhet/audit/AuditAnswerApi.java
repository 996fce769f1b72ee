package se.helhet.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.helhet.platform.InvalidInputException;

@RestController
@Tag(name = "File audits")
class AuditAnswerApi {

    record AnswerJson(int question, Answer answer, Integer scale, String comment, String answeredBy,
                      Instant answeredAt) {
        static AnswerJson of(GivenAnswer a) {
            return new AnswerJson(a.question(), a.answer(), a.scale(), a.comment(), a.answeredBy(), a.answeredAt());
        }
    }

    /** {@code version}: the matter's version as last read; when given, a save after someone else's is a 409. */
    record AnswersRequest(List<AnswerJson> answers, Boolean reviewed, Integer version) {
    }

    record AnswersJson(UUID matterId, boolean reviewed, int version, List<AnswerJson> answers) {
    }

    /**
     * {@code comments} is null for analysts: comments can hold personal data. {@code suppressed}: the analyst
     * is shown no numbers (an empty list) while fewer than five matters are reviewed.
     */
    record ResultsJson(AuditJson audit, boolean suppressed, List<AuditJson.ResultJson> questions,
                       List<CommentJson> comments) {
    }

    record CommentJson(int question, UUID matterId, int position, String comment) {
        static CommentJson of(AuditComment c) {
            return new CommentJson(c.question(), c.matterId(), c.position(), c.comment());
        }
    }

    record ComparedJson(int number, String text, String answerKind, AuditJson.ResultJson first,
                        AuditJson.ResultJson second, Double difference, Double differenceLower, Double differenceUpper) {
        static ComparedJson of(QuestionComparison c) {
            return new ComparedJson(c.question().number(), c.question().text(), c.question().kind().name(),
                    AuditJson.ResultJson.of(c.first()), AuditJson.ResultJson.of(c.second()), c.difference(),
                    c.interval() == null ? null : c.interval().lower(), c.interval() == null ? null : c.interval().upper());
        }
    }

    record ComparisonJson(AuditJson first, AuditJson second, boolean suppressed, List<ComparedJson> questions) {
    }

    private final AuditAnswers answers;
    private final Audits audits;

    AuditAnswerApi(AuditAnswers answers, Audits audits) {
        this.answers = answers;
        this.audits = audits;
    }

    @GetMapping("/api/v1/audits/{id}/matters/{matterId}/answers")
    @Operation(summary = "The answers so far about one matter, with comments")
    AnswersJson answers(@PathVariable UUID id, @PathVariable UUID matterId) {
        var given = answers.given(id, matterId);
        var matter = audits.sampled(id, matterId);
        return new AnswersJson(matterId, matter.reviewed(), matter.version(), given.stream().map(AnswerJson::of).toList());
    }

    @PutMapping("/api/v1/audits/{id}/matters/{matterId}/answers")
    @Operation(summary = "Save answers about one matter (answers not sent stay as they are); reviewed true marks it reviewed",
            description = "answer: YES, PARTLY, NO or NOT_APPLICABLE; scale 1-5 for scale questions. Errors are named "
                    + "per question as q{number}. reviewed true requires every question answered; false removes the mark. "
                    + "With version (the matter's version from the last read), a save after someone else's gives 409.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"answers": [{"question": 1, "answer": "YES", "scale": null, "comment": "Consulted at the start and the end."},
                         {"question": 12, "answer": null, "scale": 4, "comment": null}],
             "reviewed": false, "version": 3}""")))
    AnswersJson answer(@PathVariable UUID id, @PathVariable UUID matterId, @RequestBody AnswersRequest request) {
        List<AnswerJson> sent = request.answers() == null ? List.of() : request.answers();
        for (int i = 0; i < sent.size(); i++) {
            if (sent.get(i) == null) {
                throw new InvalidInputException("answers[" + i + "]", "audit.problem.answer");
            }
        }
        List<GivenAnswer> given = sent.stream()
                .map(a -> GivenAnswer.of(a.question(), a.answer(), a.scale(), a.comment())).toList();
        var saved = answers.answer(id, matterId, given, request.reviewed(), request.version());
        return new AnswersJson(matterId, audits.sampled(id, matterId).reviewed(), saved.version(),
                saved.answers().stream().map(AnswerJson::of).toList());
    }

    @GetMapping("/api/v1/audits/{id}/results")
    @Operation(summary = "Results per question over the reviewed matters: counts and shares of yes/partly/no (not applicable "
            + "left out of the denominator), the mean for scale questions; comments only for file auditors and unit "
            + "managers; analysts see no figures until at least five matters are reviewed")
    ResultsJson results(@PathVariable UUID id) {
        AuditResults results = answers.results(id);
        return new ResultsJson(AuditJson.of(results.audit()), results.suppressed(),
                results.questions().stream().map(AuditJson.ResultJson::of).toList(),
                results.comments() == null ? null : results.comments().stream().map(CommentJson::of).toList());
    }

    @GetMapping("/api/v1/audits/comparison")
    @Operation(summary = "Two audits with the same key side by side; difference = second minus first",
            description = "For yes/partly/no questions the difference in the share of yes with a 95 % Newcombe interval; "
                    + "for scale questions the difference in the mean.")
    ComparisonJson comparison(@RequestParam UUID first, @RequestParam UUID second) {
        var rows = answers.compare(first, second);
        var a = audits.get(first);
        var b = audits.get(second);
        return new ComparisonJson(AuditJson.of(a), AuditJson.of(b), answers.hidesResults(a) || answers.hidesResults(b),
                rows.stream().map(ComparedJson::of).toList());
    }
}
