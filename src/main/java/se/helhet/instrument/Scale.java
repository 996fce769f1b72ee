package se.helhet.instrument;

import java.util.List;
import java.util.Map;

/**
 * A score summed over some items. With fewer than all items answered but at least {@code minAnswered}, the
 * score is prorated: the mean of the answered items times the number of items, rounded half up (SDQ: 2.5
 * becomes 3). Fewer answers give no score (null) rather than a low one that would look like no problems.
 */
record Scale(String name, List<Integer> items, int minAnswered) {

    public Scale {
        items = List.copyOf(items);
        if (name == null || items.isEmpty() || minAnswered < 1 || minAnswered > items.size()) {
            throw new IllegalArgumentException("Invalid scale " + name);
        }
    }

    /** {@code points} by item number; an unanswered item is absent. */
    Integer score(Map<Integer, Integer> points) {
        int answered = 0;
        int sum = 0;
        for (int item : items) {
            Integer p = points.get(item);
            if (p != null) {
                answered++;
                sum += p;
            }
        }
        if (answered < minAnswered) {
            return null;
        }
        // Half up in whole numbers: floor(sum * n / answered + 1/2).
        return (2 * sum * items.size() + answered) / (2 * answered);
    }
}
