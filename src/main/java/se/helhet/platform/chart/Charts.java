package se.helhet.platform.chart;

import java.util.List;
import java.util.Objects;

/** What line and bar charts check alike. */
final class Charts {

    private Charts() {
    }

    static void check(String title, String description, List<String> categories, List<Series> series, Unit unit) {
        if (title == null || title.isBlank() || description == null || unit == null) {
            throw new IllegalArgumentException("A chart needs a title, a description and a unit");
        }
        if (categories == null || categories.isEmpty() || series == null || series.isEmpty()) {
            throw new IllegalArgumentException("A chart needs at least one category and one series");
        }
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series " + s.name() + " has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /** An id for the title, description and patterns, the same for the same chart, so pages render alike. */
    static String id(String title, List<String> categories, List<Series> series) {
        return "chart-" + Integer.toUnsignedString(Objects.hash(title, categories, series), 36);
    }
}
