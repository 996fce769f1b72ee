package se.helhet.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Raw answers built from the scores a test wants, so each expected value can be worked out by hand. */
public final class Answers {

    static final int[] EMOTIONAL = {3, 8, 13, 16, 24};
    static final int[] CONDUCT = {5, 7, 12, 18, 22};
    static final int[] HYPERACTIVITY = {2, 10, 15, 21, 25};
    static final int[] PEER = {6, 11, 14, 19, 23};
    static final int[] PROSOCIAL = {1, 4, 9, 17, 20};
    private static final Set<Integer> REVERSED = Set.of(7, 11, 14, 21, 25);

    private Answers() {
    }

    /** 25 raw SDQ answers giving these five scale scores (each 0-10); reverse items are sent raw. */
    public static List<Integer> sdq(int emotional, int conduct, int hyperactivity, int peer, int prosocial) {
        List<Integer> raw = new ArrayList<>(Collections.nCopies(25, 0));
        fill(raw, EMOTIONAL, emotional);
        fill(raw, CONDUCT, conduct);
        fill(raw, HYPERACTIVITY, hyperactivity);
        fill(raw, PEER, peer);
        fill(raw, PROSOCIAL, prosocial);
        return raw;
    }

    /** A total difficulties score spread over the four difficulty scales, emotional first; prosocial 10. */
    public static List<Integer> sdqWithTotal(int total) {
        int[] scales = new int[4];
        for (int i = 0; i < 4; i++) {
            scales[i] = Math.min(10, total);
            total -= scales[i];
        }
        return sdq(scales[0], scales[1], scales[2], scales[3], 10);
    }

    private static void fill(List<Integer> raw, int[] items, int score) {
        for (int item : items) {
            int points = Math.min(2, score);
            score -= points;
            raw.set(item - 1, REVERSED.contains(item) ? 2 - points : points);
        }
    }

    /** Option indexes giving the total, filling the five-option items first (4 points each). */
    public static List<Integer> total(int items, int fiveOptionItems, int total) {
        Integer[] options = new Integer[items];
        Arrays.fill(options, 0);
        for (int i = 0; i < fiveOptionItems && total > 0; i++) {
            options[i] = Math.min(4, total);
            total -= options[i];
        }
        for (int i = fiveOptionItems; i < items && total > 0; i++) {
            options[i] = Math.min(2, total / 2);
            total -= 2 * options[i];
        }
        if (total != 0) {
            throw new IllegalArgumentException("Cannot reach that total");
        }
        return Arrays.asList(options);
    }

    public static String json(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    }
}
