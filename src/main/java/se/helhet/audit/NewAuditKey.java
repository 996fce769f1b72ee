package se.helhet.audit;

import java.util.List;

/** A review key as sent to the API: a new key, or a new version of a key with the same code. */
record NewAuditKey(String code, String name, String description, List<NewQuestion> questions) {

    record NewQuestion(Integer number, String group, String text, String answerKind, String scaleLow,
                              String scaleHigh) {
    }

    public NewAuditKey {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
