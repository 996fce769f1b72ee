package se.helhet.instrument;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An instrument as data: its items in questionnaire order, the scales summed over them, and sums of scales
 * (a sum needs every scale in it). {@code missingAllowed} says whether an item may be left unanswered.
 */
record Instrument(String code, List<Item> items, List<Scale> scales, Map<String, List<String>> sums,
                         boolean missingAllowed) {

    public Instrument {
        items = List.copyOf(items);
        scales = List.copyOf(scales);
        sums = Collections.unmodifiableMap(new LinkedHashMap<>(sums));
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).number() != i + 1) {
                throw new IllegalArgumentException(code + ": items must be numbered 1.." + items.size());
            }
        }
        int count = items.size();
        for (Scale scale : scales) {
            if (scale.items().stream().anyMatch(n -> n < 1 || n > count)) {
                throw new IllegalArgumentException(code + ": scale " + scale.name() + " names a missing item");
            }
        }
    }

    /**
     * Every score, in definition order: the scales, then the sums. {@code responses} must have passed
     * {@link ResponseRules#check}.
     */
    public Map<String, Integer> score(List<Integer> responses) {
        Map<Integer, Integer> points = new LinkedHashMap<>();
        for (Item item : items) {
            Integer option = responses.get(item.number() - 1);
            if (option != null) {
                points.put(item.number(), item.pointsFor(option));
            }
        }
        Map<String, Integer> scores = new LinkedHashMap<>();
        scales.forEach(s -> scores.put(s.name(), s.score(points)));
        sums.forEach((name, parts) -> scores.put(name, sum(parts.stream().map(scores::get).toList())));
        return scores;
    }

    private static Integer sum(List<Integer> parts) {
        return parts.contains(null) ? null : parts.stream().mapToInt(Integer::intValue).sum();
    }
}
