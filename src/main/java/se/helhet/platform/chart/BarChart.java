package se.helhet.platform.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A grouped bar chart: a group of bars per category, one bar per series (e.g. the shares of each answer on
 * a 1-5 scale, one bar per year), drawn as SVG by {@code chart :: barChart(chart)} with a table of the same
 * numbers under it. Series differ by colour and by fill pattern (solid, diagonal lines, dots, cross-hatch,
 * horizontal lines), named in a legend; a null value draws no bar and reads "–" in the table.
 *
 * <pre>{@code
 * BarChart chart = BarChart.of("Tar handläggaren hänsyn till hela familjens situation?",
 *         "Andel av svaren per svarsalternativ, 2025 och 2026",
 *         List.of("1 Inte alls", "2", "3", "4", "5 Helt"),
 *         List.of(new Series("2025", List.of(0.1, 0.2, 0.3, 0.3, 0.1)),
 *                 new Series("2026", List.of(0.0, 0.1, 0.3, 0.4, 0.2))),
 *         Unit.SHARE);
 * // in the template: <div th:replace="~{chart :: barChart(${chart})}"></div>
 * }</pre>
 */
public final class BarChart extends Chart {

    /** One bar; {@code fill} is the colour or the series' pattern; {@code label} says series and value. */
    public record Bar(double x, double y, double width, double height, Style style, String fill, String label) {
    }

    /** A fill pattern for the defs, one per patterned series. */
    public record Pattern(String id, Style style) {
    }

    private static final double GROUP_PADDING = 0.2;

    private BarChart(String title, String description, String categoryHeading, List<String> categories,
                     List<Series> series, Unit unit) {
        super(title, description, categoryHeading, categories, series, unit);
    }

    public static BarChart of(String title, String description, List<String> categories, List<Series> series,
                              Unit unit) {
        return new BarChart(title, description, null, categories, series, unit);
    }

    public BarChart withCategoryHeading(String heading) {
        return new BarChart(title(), description(), heading, categories(), series(), unit());
    }

    public List<Bar> bars() {
        Frame frame = frame();
        Scale scale = scale();
        List<String> categories = categories();
        List<Series> series = series();
        double band = frame.bandWidth(categories.size());
        double width = band * (1 - GROUP_PADDING) / series.size();
        double zero = frame.y(scale, Math.max(scale.min(), Math.min(0, scale.max())));
        List<Bar> bars = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            double groupStart = frame.plotLeft() + c * band + band * GROUP_PADDING / 2;
            for (int s = 0; s < series.size(); s++) {
                Double value = series.get(s).values().get(c);
                if (value == null) {
                    continue;
                }
                double y = frame.y(scale, value);
                Style style = Style.of(s);
                bars.add(new Bar(Frame.round(groupStart + s * width), Math.min(y, zero), Frame.round(width),
                        Frame.round(Math.abs(zero - y)), style, fill(style, s),
                        categories.get(c) + ", " + series.get(s).name() + ": " + Numbers.cell(unit(), value)));
            }
        }
        return bars;
    }

    public List<Pattern> patterns() {
        List<Pattern> patterns = new ArrayList<>();
        for (int s = 0; s < series().size(); s++) {
            if (!Style.of(s).pattern().equals("solid")) {
                patterns.add(new Pattern(patternId(s), Style.of(s)));
            }
        }
        return patterns;
    }

    private String fill(Style style, int s) {
        return style.pattern().equals("solid") ? style.colour() : "url(#" + patternId(s) + ")";
    }

    private String patternId(int s) {
        return id() + "-pattern-" + s;
    }
}
