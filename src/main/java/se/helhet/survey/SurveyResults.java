package se.helhet.survey;

import java.util.List;

/**
 * A survey's results: responses in all and from paper, each question's result, and for each scale question
 * the same question (by key) in this and earlier years to the same audience. When the survey has fewer
 * than five responses, nothing but the count is shown ({@code suppressed}).
 */
record SurveyResults(Survey survey, long responses, long paperResponses, boolean suppressed,
                            boolean freeTextsShown, List<QuestionResult> questions, List<Trend> trends) {

    /** One scale question over the years: the result of each year's survey that asked it. */
    record Trend(Question question, List<Year> years) {
    }

    /** The question's result in one year. */
    record Year(int year, QuestionResult result) {
    }
}
