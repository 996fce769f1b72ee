package se.helhet.survey;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import se.helhet.platform.FieldProblems;
import se.helhet.platform.UserTexts;

/**
 * A question to add, as typed. A scale question without labels gets the usual ones ("Inte alls" … "Helt").
 * The key is a short name in lower case ("hela-familjen") that stays the same from year to year.
 */
record NewQuestion(String key, String kind, String text, List<String> scaleLabels) {

    /**
     * The usual labels, in the language of the person who adds the question: they are stored with it, as labels
     * typed by hand would be.
     */
    public static List<String> usualLabels() {
        return IntStream.rangeClosed(1, Question.STEPS).mapToObj(step -> UserTexts.text("survey.scale.usual." + step))
                .toList();
    }

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");

    Question check(java.util.UUID id, int position) {
        FieldProblems problems = new FieldProblems();
        String k = key == null ? "" : key.strip();
        if (!KEY.matcher(k).matches()) {
            problems.add("key", "survey.question.problem.key");
        }
        QuestionKind chosen = Arrays.stream(QuestionKind.values()).filter(q -> q.name().equals(kind)).findFirst().orElse(null);
        if (chosen == null) {
            problems.add("kind", "survey.question.problem.kind");
        }
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.length() > 500) {
            problems.add("text", "survey.question.problem.text");
        }
        List<String> labels = List.of();
        if (chosen == QuestionKind.LIKERT) {
            List<String> given = scaleLabels == null ? List.of()
                    : scaleLabels.stream().map(l -> l == null ? "" : l.strip()).toList();
            if (given.stream().allMatch(String::isEmpty)) {
                labels = usualLabels();
            } else if (given.size() != Question.STEPS || given.stream().anyMatch(l -> l.isEmpty() || l.length() > 60)) {
                problems.add("scaleLabels", "survey.question.problem.labels");
            } else {
                labels = given;
            }
        }
        problems.refuseIfAny();
        return new Question(id, position, k, chosen, t, labels);
    }
}
