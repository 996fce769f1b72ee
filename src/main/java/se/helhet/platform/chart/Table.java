package se.helhet.platform.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The chart's numbers as a table, one row per category and one column per series, formatted as the axis
 * formats them ("–" for no value): what a screen reader user, or anyone who wants the exact figure, reads.
 */
public record Table(String categoryHeading, List<String> columns, List<Row> rows) {

    public record Row(String category, List<String> cells) {
    }

    static Table of(String categoryHeading, List<String> categories, List<Series> series, Unit unit) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            int category = i;
            rows.add(new Row(categories.get(i), series.stream()
                    .map(s -> Numbers.cell(unit, s.values().get(category))).toList()));
        }
        return new Table(categoryHeading, series.stream().map(Series::name).toList(), rows);
    }
}
