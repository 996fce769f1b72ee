package se.helhet.platform.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The drawing's coordinates, worked out here so that the template only draws: a viewBox 640 units wide
 * that the page scales to its width, the plot area, the value axis's ticks, the category labels (every
 * k-th when they would overlap) and one legend row per series under the plot.
 */
public record Frame(int width, int height, double plotLeft, double plotRight, double plotTop, double plotBottom,
                    List<Tick> ticks, List<Label> labels, List<LegendEntry> legend) {

    /** A gridline with its label at height y. */
    public record Tick(String label, double y) {
    }

    /** A category label centred on x. */
    public record Label(String text, double x) {
    }

    /** A legend row: a sample of the line (from x1 to x2 at y), its marker, and the series name at textX. */
    public record LegendEntry(String name, Style style, double x1, double x2, double y, String markerPath,
                              double textX) {
    }

    static final int WIDTH = 640;
    /** Text is 16 units: at the smallest width the page allows (30rem, 480 px) that is 12 px. */
    static final int FONT = 16;
    private static final double LEFT = 72;
    private static final double RIGHT = 20;
    private static final double TOP = 20;
    private static final double PLOT_HEIGHT = 260;
    private static final double LABELS = 40;
    private static final double LEGEND_ROW = 28;

    static Frame of(List<String> categories, List<Series> series, Scale scale, Unit unit) {
        double plotBottom = TOP + PLOT_HEIGHT;
        double plotRight = WIDTH - RIGHT;
        List<Tick> ticks = scale.ticks().stream()
                .map(t -> new Tick(Numbers.tick(unit, t, scale.step()), round(plotBottom - scale.fraction(t) * PLOT_HEIGHT)))
                .toList();
        double band = (plotRight - LEFT) / Math.max(1, categories.size());
        int longest = categories.stream().mapToInt(String::length).max().orElse(1);
        // A label is about 0.6 em per character; every k-th label is shown so that they never overlap.
        int every = (int) Math.ceil((longest * FONT * 0.6 + 8) / band);
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < categories.size(); i += Math.max(1, every)) {
            labels.add(new Label(categories.get(i), round(LEFT + (i + 0.5) * band)));
        }
        List<LegendEntry> legend = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            double y = plotBottom + LABELS + LEGEND_ROW * (i + 0.5);
            Style style = Style.of(i);
            legend.add(new LegendEntry(series.get(i).name(), style, LEFT, LEFT + 40, round(y),
                    style.markerPath(LEFT + 20, y), LEFT + 52));
        }
        int height = (int) Math.ceil(plotBottom + LABELS + LEGEND_ROW * series.size() + 8);
        return new Frame(WIDTH, height, LEFT, plotRight, TOP, plotBottom, ticks, labels, legend);
    }

    /** The centre of a category's band. */
    double x(int category, int categories) {
        return round(plotLeft + (category + 0.5) * bandWidth(categories));
    }

    double bandWidth(int categories) {
        return (plotRight - plotLeft) / Math.max(1, categories);
    }

    double y(Scale scale, double value) {
        return round(plotBottom - scale.fraction(value) * (plotBottom - plotTop));
    }

    /** The label under the category axis: its baseline. */
    public double labelY() {
        return plotBottom + 26;
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
