package se.helhet.audit;

import se.helhet.platform.FieldProblems;

/** An answer fits its question: a known number, yes/partly/no/n.a. or a value 1-5 by the kind, a short comment. */
final class AnswerRules {

    static final int LONGEST_COMMENT = 4000;

    private AnswerRules() {
    }

    static void check(AuditKey key, GivenAnswer given, FieldProblems problems) {
        String field = "q" + given.question();
        var question = key.question(given.question());
        if (question.isEmpty()) {
            problems.add(field, "audit.problem.noSuchQuestion", given.question());
            return;
        }
        if (question.get().scale()) {
            if (given.answer() != null) {
                problems.add(field, "audit.problem.answerOnScale", given.question());
            } else if (given.scale() != null && (given.scale() < 1 || given.scale() > 5)) {
                problems.add(field, "audit.problem.scale");
            }
        } else if (given.scale() != null) {
            problems.add(field, "audit.problem.answerYesPartlyNo", given.question());
        }
        if (given.comment() != null && given.comment().length() > LONGEST_COMMENT) {
            problems.add(field + "-comment", "audit.problem.comment", String.valueOf(LONGEST_COMMENT));
        }
    }
}
