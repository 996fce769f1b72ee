package se.helhet.audit;

import se.helhet.common.Interval;

/**
 * One question in two audits with the same key, side by side: the difference is the second minus the first,
 * in the share answered yes (with Newcombe's 95 % interval) or, for a scale question, in the mean.
 */
record QuestionComparison(Question question, QuestionResult first, QuestionResult second, Double difference,
                                 Interval interval) {

    static QuestionComparison of(QuestionResult first, QuestionResult second) {
        if (first.question().scale()) {
            Double difference = first.mean() == null || second.mean() == null ? null : second.mean() - first.mean();
            return new QuestionComparison(first.question(), first, second, difference, null);
        }
        if (first.applicable() == 0 || second.applicable() == 0) {
            return new QuestionComparison(first.question(), first, second, null, null);
        }
        return new QuestionComparison(first.question(), first, second, second.yesShare() - first.yesShare(),
                Interval.newcombe(second.yes(), second.applicable(), first.yes(), first.applicable()));
    }
}
