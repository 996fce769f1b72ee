package se.helhet.survey;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import se.helhet.platform.FieldProblems;

/**
 * A question to add, as typed. A scale question without labels gets the usual ones ("Inte alls" … "Helt").
 * The key is a short name in lower case ("hela-familjen") that stays the same from year to year.
 */
record NewQuestion(String key, String kind, String text, List<String> scaleLabels) {

    public static final List<String> USUAL_LABELS = List.of("Inte alls", "I liten utsträckning", "Delvis",
            "I stor utsträckning", "Helt");

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");

    Question check(java.util.UUID id, int position) {
        FieldProblems problems = new FieldProblems();
        String k = key == null ? "" : key.strip();
        if (!KEY.matcher(k).matches()) {
            problems.add("key", "Ange en nyckel med 2-60 tecken: små bokstäver a-z, siffror och bindestreck");
        }
        QuestionKind chosen = Arrays.stream(QuestionKind.values()).filter(q -> q.name().equals(kind)).findFirst().orElse(null);
        if (chosen == null) {
            problems.add("kind", "Välj frågetyp: skala 1-5 eller fritext");
        }
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.length() > 500) {
            problems.add("text", "Skriv frågan, högst 500 tecken");
        }
        List<String> labels = List.of();
        if (chosen == QuestionKind.LIKERT) {
            List<String> given = scaleLabels == null ? List.of()
                    : scaleLabels.stream().map(l -> l == null ? "" : l.strip()).toList();
            if (given.stream().allMatch(String::isEmpty)) {
                labels = USUAL_LABELS;
            } else if (given.size() != Question.STEPS || given.stream().anyMatch(l -> l.isEmpty() || l.length() > 60)) {
                problems.add("scaleLabels", "Ange en etikett för vart och ett av de fem stegen, högst 60 tecken");
            } else {
                labels = given;
            }
        }
        problems.refuseIfAny();
        return new Question(id, position, k, chosen, t, labels);
    }
}
