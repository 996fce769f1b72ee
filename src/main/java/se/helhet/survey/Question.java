package se.helhet.survey;

import java.util.List;
import java.util.UUID;

/**
 * One question. The key stays the same when a survey is copied to the next year, so answers to the same
 * question can be compared across years; {@code scaleLabels} names the steps 1-5 of a LIKERT question.
 */
record Question(UUID id, int position, String key, QuestionKind kind, String text, List<String> scaleLabels) {

    public static final int STEPS = 5;

    public Question {
        scaleLabels = scaleLabels == null ? List.of() : List.copyOf(scaleLabels);
        if (kind == QuestionKind.LIKERT && scaleLabels.size() != STEPS) {
            throw new IllegalArgumentException("A scale question needs a label for each of its five steps");
        }
    }

    public boolean likert() {
        return kind == QuestionKind.LIKERT;
    }

    /** "1 Inte alls", … "5 Helt": the step's number and its label, as the chart and the form show them. */
    public List<String> stepNames() {
        return java.util.stream.IntStream.rangeClosed(1, STEPS).mapToObj(i -> i + " " + scaleLabels.get(i - 1)).toList();
    }

    /** The form field that carries the answer to this question. */
    public String field() {
        return "q-" + key;
    }
}
