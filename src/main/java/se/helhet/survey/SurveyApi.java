package se.helhet.survey;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.helhet.platform.FieldProblem;
import se.helhet.platform.InvalidInputException;

@RestController
@Tag(name = "Surveys", description = "Yearly anonymous surveys of staff and parents, and their results")
class SurveyApi {

    record SurveyRequest(String audience, Integer year, String title, String copyFrom) {
    }

    record QuestionRequest(String key, String kind, String text, List<String> scaleLabels) {
    }

    record CodesRequest(Integer count) {
    }

    /** Answers by question key: a step 1-5 for a scale question, a text for a free-text one. */
    record PaperRequest(Map<String, Object> answers) {
    }

    record QuestionJson(String key, int position, QuestionKind kind, String text, List<String> scaleLabels) {
        static QuestionJson of(Question q) {
            return new QuestionJson(q.key(), q.position(), q.kind(), q.text(), q.scaleLabels());
        }
    }

    record SurveyJson(UUID id, Audience audience, int year, String title, SurveyState state,
                      List<QuestionJson> questions) {
        static SurveyJson of(Survey s) {
            return new SurveyJson(s.id(), s.audience(), s.year(), s.title(), s.state(),
                    s.questions().stream().map(QuestionJson::of).toList());
        }
    }

    /** {@code responses} is null while the survey is open: then only {@code fiveOrMoreResponses} is told. */
    record SurveySummaryJson(UUID id, Audience audience, int year, String title, SurveyState state, int questions,
                             Long responses, boolean fiveOrMoreResponses) {
        static SurveySummaryJson of(SurveySummary s) {
            return new SurveySummaryJson(s.id(), s.audience(), s.year(), s.title(), s.state(), s.questions(),
                    s.responses().exact(), s.responses().fiveOrMore());
        }
    }

    record CodesJson(List<String> codes) {
    }

    record StepJson(int step, String label, long count, double share) {
    }

    /** null numbers and empty lists where the result is suppressed (fewer than five answers). */
    record QuestionResultJson(String key, QuestionKind kind, String text, long answered, boolean suppressed, Double mean,
                              List<StepJson> steps, List<String> freeTexts) {
        static QuestionResultJson of(QuestionResult r) {
            return new QuestionResultJson(r.question().key(), r.question().kind(), r.question().text(),
                    r.suppressed() ? 0 : r.answered(), r.suppressed(), r.mean(),
                    r.steps().stream().map(s -> new StepJson(s.step(), s.label(), s.count(), s.share())).toList(),
                    r.freeTexts());
        }
    }

    record YearJson(int year, long answered, boolean suppressed, Double mean, List<Double> shares) {
    }

    record TrendJson(String key, List<YearJson> years) {
    }

    record ResultsJson(UUID surveyId, Audience audience, int year, long responses, long paperResponses,
                       boolean suppressed, List<QuestionResultJson> questions, List<TrendJson> yearOverYear) {
        static ResultsJson of(SurveyResults r) {
            return new ResultsJson(r.survey().id(), r.survey().audience(), r.survey().year(), r.responses(),
                    r.paperResponses(), r.suppressed(), r.questions().stream().map(QuestionResultJson::of).toList(),
                    r.trends().stream().map(t -> new TrendJson(t.question().key(), t.years().stream()
                            .map(y -> new YearJson(y.year(), y.result().suppressed() ? 0 : y.result().answered(),
                                    y.result().suppressed(), y.result().mean(), y.result().shares()))
                            .toList())).toList());
        }
    }

    private final Surveys surveys;

    SurveyApi(Surveys surveys) {
        this.surveys = surveys;
    }

    @GetMapping("/api/v1/surveys")
    @Operation(summary = "Every survey with its number of questions and responses; while a survey is open it shows only whether it has fewer than 5 responses or 5 or more")
    List<SurveySummaryJson> list() {
        return surveys.list().stream().map(SurveySummaryJson::of).toList();
    }

    @PostMapping("/api/v1/surveys")
    @Operation(summary = "Create a survey as a draft, empty or with the questions of an earlier survey (copyFrom)")
    ResponseEntity<SurveyJson> create(@RequestBody SurveyRequest body) {
        Survey survey = surveys.create(new NewSurvey(body.audience(), body.year() == null ? null : body.year().toString(),
                body.title(), body.copyFrom()));
        return ResponseEntity.created(URI.create("/api/v1/surveys/" + survey.id())).body(SurveyJson.of(survey));
    }

    @GetMapping("/api/v1/surveys/{id}")
    @Operation(summary = "One survey with its questions")
    SurveyJson get(@PathVariable UUID id) {
        return SurveyJson.of(surveys.get(id));
    }

    @PostMapping("/api/v1/surveys/{id}/questions")
    @Operation(summary = "Add a question (LIKERT 1-5 with five labels, or FREE_TEXT) while the survey is a draft")
    SurveyJson addQuestion(@PathVariable UUID id, @RequestBody QuestionRequest body) {
        return SurveyJson.of(surveys.addQuestion(id, new NewQuestion(body.key(), body.kind(), body.text(), body.scaleLabels())));
    }

    @PostMapping("/api/v1/surveys/{id}/open")
    @Operation(summary = "Open the survey for responses; the questions cannot change after that")
    SurveyJson open(@PathVariable UUID id) {
        return SurveyJson.of(surveys.open(id));
    }

    @PostMapping("/api/v1/surveys/{id}/close")
    @Operation(summary = "Close the survey; no more responses are taken")
    SurveyJson close(@PathVariable UUID id) {
        return SurveyJson.of(surveys.close(id));
    }

    @PostMapping("/api/v1/surveys/{id}/codes")
    @Operation(summary = "Create one-time codes (unit manager). The codes are shown only in this response; only their hash is stored")
    CodesJson codes(@PathVariable UUID id, @RequestBody CodesRequest body) {
        return new CodesJson(surveys.makeCodes(id, body.count() == null ? null : body.count().toString()));
    }

    @PostMapping("/api/v1/surveys/{id}/paper-responses")
    @Operation(summary = "Record a paper survey: the answers by question key. Who records it is not stored with the response")
    ResponseEntity<Void> paper(@PathVariable UUID id, @RequestBody PaperRequest body) {
        Map<String, String> fields = new HashMap<>();
        if (body.answers() != null) {
            body.answers().forEach((key, value) -> fields.put("q-" + key, value == null ? null : value.toString()));
        }
        try {
            surveys.enterPaper(id, fields);
        } catch (InvalidInputException e) {
            // The form's field names (q-<key>) become the JSON's: answers.<key>.
            throw new InvalidInputException(e.problems().stream()
                    .map(p -> new FieldProblem(p.field().replaceFirst("^q-", "answers."), p.message())).toList());
        }
        return ResponseEntity.status(201).build();
    }

    @GetMapping("/api/v1/surveys/{id}/results")
    @Operation(summary = "Results per question, year by year, only for a closed survey (409 while it is open); under 5 responses no figures are shown (suppressed)")
    ResultsJson results(@PathVariable UUID id) {
        return ResultsJson.of(surveys.results(id));
    }
}
