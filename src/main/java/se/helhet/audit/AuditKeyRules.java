package se.helhet.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import se.helhet.platform.FieldProblems;

/** Reads a new review key, naming every wrong field; questions are named questions[i].field. */
final class AuditKeyRules {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    private AuditKeyRules() {
    }

    /**
     * The key's questions as they will be stored; the id and version are given by the caller, and so are problems
     * that only the caller can find (a code in use), so that every problem is named at once.
     */
    static AuditKey check(NewAuditKey input, UUID id, int version, FieldProblems problems) {
        if (input.code() == null || !CODE.matcher(input.code()).matches()) {
            problems.add("code", "audit.key.problem.code");
        }
        String name = text(input.name(), "name", 200, "audit.key.problem.name", problems);
        if (input.description() != null && input.description().length() > 2000) {
            problems.add("description", "audit.key.problem.description");
        }
        if (input.questions().isEmpty() || input.questions().size() > 99) {
            problems.add("questions", "audit.key.problem.questions");
        }
        List<Question> questions = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < input.questions().size(); i++) {
            var q = input.questions().get(i);
            String at = "questions[" + i + "].";
            if (q.number() == null || q.number() < 1 || q.number() > 99 || !numbers.add(q.number())) {
                problems.add(at + "number", "audit.key.problem.number");
            }
            String group = text(q.group(), at + "group", 200, "audit.key.problem.group", problems);
            String text = text(q.text(), at + "text", 1000, "audit.key.problem.text", problems);
            AnswerKind kind = "SCALE".equals(q.answerKind()) ? AnswerKind.SCALE
                    : "YES_PARTLY_NO_NA".equals(q.answerKind()) ? AnswerKind.YES_PARTLY_NO_NA : null;
            if (kind == null) {
                problems.add(at + "answerKind", "audit.key.problem.answerKind");
            }
            String low = kind == AnswerKind.SCALE ? text(q.scaleLow(), at + "scaleLow", 200,
                    "audit.key.problem.scaleLow", problems) : null;
            String high = kind == AnswerKind.SCALE ? text(q.scaleHigh(), at + "scaleHigh", 200,
                    "audit.key.problem.scaleHigh", problems) : null;
            questions.add(new Question(UUID.randomUUID(), q.number() == null ? 0 : q.number(), group, text, kind, low, high));
        }
        problems.refuseIfAny();
        questions.sort(java.util.Comparator.comparingInt(Question::number));
        return new AuditKey(id, input.code(), version, name, input.description(), questions);
    }

    /** Text that must be given, at most {@code longest} characters: one message says both. */
    private static String text(String value, String field, int longest, String message, FieldProblems problems) {
        String text = FieldProblems.trim(value);
        if (text == null || text.length() > longest) {
            problems.add(field, message);
        }
        return text;
    }
}
