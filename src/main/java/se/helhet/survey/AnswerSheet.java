package se.helhet.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.helhet.platform.FieldProblems;

/**
 * One filled-in questionnaire, read against the survey's questions: a step 1-5 for a scale question, a text
 * of at most 2 000 characters for a free-text one. Every question may be left out (as on paper), but not all.
 */
final class AnswerSheet {

    static final int LONGEST_TEXT = 2000;

    private AnswerSheet() {
    }

    static List<SurveyRepository.Answer> read(Survey survey, Map<String, String> fields) {
        FieldProblems problems = new FieldProblems();
        List<SurveyRepository.Answer> answers = new ArrayList<>();
        for (Question q : survey.questions()) {
            String value = fields.get(q.field());
            if (value == null || value.isBlank()) {
                continue;
            }
            if (q.likert()) {
                if (!value.strip().matches("[1-5]")) {
                    problems.add(q.field(), "survey.problem.answer.likert");
                } else {
                    answers.add(new SurveyRepository.Answer(q.id(), Integer.valueOf(value.strip()), null));
                }
            } else if (value.strip().length() > LONGEST_TEXT) {
                problems.add(q.field(), "survey.problem.answer.tooLong");
            } else {
                answers.add(new SurveyRepository.Answer(q.id(), null, value.strip()));
            }
        }
        if (problems.isEmpty() && answers.isEmpty()) {
            String first = survey.questions().isEmpty() ? "answers" : survey.questions().getFirst().field();
            problems.add(first, "survey.problem.answer.none");
        }
        problems.refuseIfAny();
        return answers;
    }
}
