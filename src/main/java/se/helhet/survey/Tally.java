package se.helhet.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Counts a closed survey's answers: each question's result, and each scale question by its key in this and the
 * earlier years' closed surveys to the same audience. Nothing is counted for a survey with fewer than five
 * responses.
 */
@Component
class Tally {

    private final SurveyRepository surveys;

    Tally(SurveyRepository surveys) {
        this.surveys = surveys;
    }

    SurveyResults results(Survey survey, boolean texts) {
        long[] counts = surveys.responseCounts(survey.id());
        boolean suppressed = counts[0] < QuestionResult.FEWEST_SHOWN;
        List<QuestionResult> questions = suppressed ? List.of() : questionResults(survey, texts);
        List<SurveyResults.Trend> trends = suppressed ? List.of() : trends(survey);
        return new SurveyResults(survey, counts[0], counts[1], suppressed, texts, questions, trends);
    }

    private List<QuestionResult> questionResults(Survey survey, boolean texts) {
        Map<UUID, long[]> steps = surveys.stepCounts(survey.id());
        Map<UUID, List<String>> freeTexts = surveys.freeTexts(survey.id());
        return survey.questions().stream()
                .map(q -> q.likert()
                        ? QuestionResult.likert(q, steps.getOrDefault(q.id(), new long[Question.STEPS]))
                        : QuestionResult.freeText(q, freeTexts.getOrDefault(q.id(), List.of()), texts))
                .toList();
    }

    /** Each scale question by its key in this and earlier years' closed surveys to the same audience. */
    private List<SurveyResults.Trend> trends(Survey survey) {
        List<Survey> years = surveys.closedToSameAudienceUpTo(survey.audience(), survey.year());
        List<SurveyResults.Trend> trends = new ArrayList<>();
        for (Question q : survey.questions()) {
            if (!q.likert()) {
                continue;
            }
            List<SurveyResults.Year> points = new ArrayList<>();
            for (Survey earlier : years) {
                earlier.questions().stream().filter(e -> e.key().equals(q.key()) && e.likert()).findFirst()
                        .ifPresent(e -> points.add(new SurveyResults.Year(earlier.year(), yearResult(earlier, e))));
            }
            trends.add(new SurveyResults.Trend(q, points));
        }
        return trends;
    }

    private QuestionResult yearResult(Survey survey, Question q) {
        if (surveys.responseCounts(survey.id())[0] < QuestionResult.FEWEST_SHOWN) {
            return new QuestionResult(q, 0, true, List.of(), null, List.of());
        }
        return QuestionResult.likert(q, surveys.stepCounts(survey.id()).getOrDefault(q.id(), new long[Question.STEPS]));
    }
}
