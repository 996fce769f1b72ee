package se.helhet.audit;

import java.time.Instant;

/**
 * A reviewer's answer to one question about one matter: an {@link Answer} or a scale value (by the question's
 * kind), either or both may be missing while the review is in progress, and a comment.
 */
record GivenAnswer(int question, Answer answer, Integer scale, String comment, String answeredBy,
                          Instant answeredAt) {

    public static GivenAnswer of(int question, Answer answer, Integer scale, String comment) {
        return new GivenAnswer(question, answer, scale, comment, null, null);
    }

    public boolean answered() {
        return answer != null || scale != null;
    }

    public boolean empty() {
        return !answered() && (comment == null || comment.isBlank());
    }
}
