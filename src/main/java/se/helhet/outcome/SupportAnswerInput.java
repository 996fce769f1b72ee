package se.helhet.outcome;

import java.util.List;

/** A questionnaire as the worker enters it: each answer 1-5 or empty, in question order. */
record SupportAnswerInput(String respondent, String answeredOn, List<String> answers) {
}
