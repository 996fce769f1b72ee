package se.helhet.audit;

import java.util.UUID;

/** One question of a review key, numbered within the key and grouped under a heading. */
record Question(UUID id, int number, String group, String text, AnswerKind kind, String scaleLow,
                       String scaleHigh) {

    public boolean scale() {
        return kind == AnswerKind.SCALE;
    }
}
