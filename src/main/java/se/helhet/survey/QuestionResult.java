package se.helhet.survey;

import java.util.List;

/**
 * The answers to one question: for a scale question the count and share of each step and the mean; for a
 * free-text question the texts (only for those who may read them, and they may name someone). Suppressed,
 * with no numbers and no texts, when fewer than five answered it.
 */
record QuestionResult(Question question, long answered, boolean suppressed, List<Step> steps, Double mean,
                             List<String> freeTexts) {

    /** Answers and results with fewer than this many answers are not shown to anyone. */
    public static final int FEWEST_SHOWN = 5;

    /** One step of the scale: its number and label, how many chose it and their share of those who answered. */
    record Step(int step, String label, long count, double share) {
    }

    static QuestionResult likert(Question q, long[] counts) {
        long answered = 0;
        long sum = 0;
        for (int i = 0; i < counts.length; i++) {
            answered += counts[i];
            sum += (i + 1) * counts[i];
        }
        if (answered < FEWEST_SHOWN) {
            return new QuestionResult(q, answered, true, List.of(), null, List.of());
        }
        long n = answered;
        List<Step> steps = java.util.stream.IntStream.range(0, Question.STEPS)
                .mapToObj(i -> new Step(i + 1, q.scaleLabels().get(i), counts[i], (double) counts[i] / n)).toList();
        return new QuestionResult(q, answered, false, steps, (double) sum / answered, List.of());
    }

    static QuestionResult freeText(Question q, List<String> texts, boolean shown) {
        boolean suppressed = texts.size() < FEWEST_SHOWN;
        return new QuestionResult(q, texts.size(), suppressed, List.of(), null,
                shown && !suppressed ? List.copyOf(texts) : List.of());
    }

    /** The shares of steps 1-5 in order, or null when suppressed: a series for a chart. */
    public List<Double> shares() {
        return suppressed ? null : steps.stream().map(Step::share).toList();
    }
}
