package se.helhet.instrument;

/**
 * The SDQ impact supplement as answered: {@code difficulties} 0 no, 1 minor, 2 definite, 3 severe; the rest
 * raw 0 (not at all) to 3 (a great deal), each null when not answered. The teacher form has no home or
 * leisure question, and after "no" the others are usually left out.
 */
public record ImpactAnswers(Integer difficulties, Integer distress, Integer home, Integer friends,
                            Integer classroom, Integer leisure) {
}
