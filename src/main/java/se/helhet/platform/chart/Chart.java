package se.helhet.platform.chart;

import java.util.List;
import java.util.Objects;

/**
 * What every chart has, whatever marks it draws: a title and a description (the image's accessible name),
 * ordered categories, one or more series with a value per category, their unit, and from those the frame
 * (value axis, gridlines, category labels, legend) and the table of the same numbers. A line chart adds its
 * lines, a bar chart its bars.
 */
public abstract sealed class Chart permits LineChart, BarChart {

    private final String id;
    private final String title;
    private final String description;
    private final String categoryHeading;
    private final List<String> categories;
    private final List<Series> series;
    private final Unit unit;

    Chart(String title, String description, String categoryHeading, List<String> categories, List<Series> series,
          Unit unit) {
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
        this.title = title;
        this.description = description;
        this.categoryHeading = categoryHeading;
        this.categories = List.copyOf(categories);
        this.series = List.copyOf(series);
        this.unit = unit;
        // The same for the same chart, so pages render alike: the title, description and patterns refer to it.
        this.id = "chart-" + Integer.toUnsignedString(Objects.hash(title, this.categories, this.series), 36);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** The heading of the table's first column (what the categories are: "Månad", "År"); null: a general one. */
    public String categoryHeading() {
        return categoryHeading;
    }

    public List<String> categories() {
        return categories;
    }

    public List<Series> series() {
        return series;
    }

    public Unit unit() {
        return unit;
    }

    public Frame frame() {
        return Frame.of(categories, series, scale(), unit);
    }

    public Table table() {
        return Table.of(categoryHeading, categories, series, unit);
    }

    Scale scale() {
        return Scale.of(unit, series);
    }
}
