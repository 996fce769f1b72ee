package se.helhet.instrument;

import java.util.List;

/**
 * One question by its number in the questionnaire, and the points each response option gives: the option is
 * the index sent by the client (SDQ: 0 not true, 1 somewhat, 2 certainly true), so a reverse-scored item is
 * sent raw and turned around here.
 */
record Item(int number, List<Integer> points) {

    public Item {
        points = List.copyOf(points);
        if (number < 1 || points.size() < 2) {
            throw new IllegalArgumentException("Item " + number + " needs a number and at least two options");
        }
    }

    static Item scored(int number, Integer... points) {
        return new Item(number, List.of(points));
    }

    int options() {
        return points.size();
    }

    int pointsFor(int option) {
        return points.get(option);
    }
}
