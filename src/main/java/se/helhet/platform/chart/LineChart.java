package se.helhet.platform.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A line chart of one or more series over ordered categories (months, quarters, years), drawn as SVG by the
 * fragment {@code chart :: lineChart(chart)} with a table of the same numbers under it. No JavaScript: the page
 * gets finished SVG. Every series has its own colour, dash pattern and marker, named in a legend; a null
 * value is a gap in the line.
 *
 * <pre>{@code
 * LineChart chart = LineChart.of("Utredningar avslutade inom 60 dagar",
 *         "Andel per kvartal, pilotområdet jämfört med ordinarie verksamhet",
 *         List.of("2025 K1", "2025 K2", "2025 K3"),
 *         List.of(new Series("Pilotområdet", List.of(0.42, 0.51, 0.58)),
 *                 new Series("Ordinarie verksamhet", Arrays.asList(0.40, null, 0.44))),
 *         Unit.SHARE)
 *     .withCategoryHeading("Kvartal");
 * model.addAttribute("chart", chart);
 * // in the template: <div th:replace="~{chart :: lineChart(${chart})}"></div>
 * }</pre>
 *
 * SHARE values are fractions 0-1 (as {@code Indicator.value()} gives them) on a 0-100 % axis; NUMBER values
 * (e.g. median days) on an axis from 0 to a round number above the largest value.
 */
public final class LineChart extends Chart {

    /** One series' line: the path through its values (broken at nulls) and a marker at each value. */
    public record Line(String name, Style style, String path, List<String> markers) {
    }

    private LineChart(String title, String description, String categoryHeading, List<String> categories,
                      List<Series> series, Unit unit) {
        super(title, description, categoryHeading, categories, series, unit);
    }

    public static LineChart of(String title, String description, List<String> categories, List<Series> series,
                               Unit unit) {
        return new LineChart(title, description, null, categories, series, unit);
    }

    public LineChart withCategoryHeading(String heading) {
        return new LineChart(title(), description(), heading, categories(), series(), unit());
    }

    public List<Line> lines() {
        Frame frame = frame();
        Scale scale = scale();
        List<Series> series = series();
        List<Line> lines = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            Style style = Style.of(s);
            StringBuilder path = new StringBuilder();
            List<String> markers = new ArrayList<>();
            boolean drawing = false;
            List<Double> values = series.get(s).values();
            for (int c = 0; c < values.size(); c++) {
                Double value = values.get(c);
                if (value == null) {
                    drawing = false;
                    continue;
                }
                double x = frame.x(c, values.size());
                double y = frame.y(scale, value);
                path.append(drawing ? "L" : "M").append(Style.n(x)).append(' ').append(Style.n(y));
                markers.add(style.markerPath(x, y));
                drawing = true;
            }
            lines.add(new Line(series.get(s).name(), style, path.toString(), markers));
        }
        return lines;
    }
}
