package se.helhet.platform.chart;

/**
 * How one series is drawn, so that series differ without colour too: each has its own colour, line dash,
 * marker shape and bar fill pattern. The colours have at least 3:1 contrast against white (WCAG 1.4.11);
 * after five series the styles repeat.
 *
 * @param pattern the bar fill: {@code solid}, {@code diagonal}, {@code dots}, {@code cross} or {@code horizontal}
 */
public record Style(String colour, String dash, String marker, String pattern) {

    static final String[] COLOURS = {"#1f4e79", "#c2410c", "#047857", "#7e22ce", "#4a525c"};
    private static final String[] DASHES = {"none", "9 5", "2 5", "12 4 3 4", "5 3"};
    private static final String[] MARKERS = {"circle", "square", "triangle", "diamond", "plus"};
    private static final String[] PATTERNS = {"solid", "diagonal", "dots", "cross", "horizontal"};

    static Style of(int index) {
        int i = index % COLOURS.length;
        return new Style(COLOURS[i], DASHES[i], MARKERS[i], PATTERNS[i]);
    }

    /** The marker centred on (x, y), as an SVG path with about 11 units across. */
    String markerPath(double x, double y) {
        double r = 5.5;
        return switch (marker) {
            case "circle" -> "M%s %sa%s %s 0 1 0 %s 0a%s %s 0 1 0 %s 0Z".formatted(
                    n(x - r), n(y), n(r), n(r), n(2 * r), n(r), n(r), n(-2 * r));
            case "square" -> "M%s %sh%sv%sh%sZ".formatted(n(x - r * 0.9), n(y - r * 0.9), n(r * 1.8), n(r * 1.8),
                    n(-r * 1.8));
            case "triangle" -> "M%s %sL%s %sL%s %sZ".formatted(n(x), n(y - r * 1.2), n(x + r * 1.2), n(y + r * 0.9),
                    n(x - r * 1.2), n(y + r * 0.9));
            case "diamond" -> "M%s %sL%s %sL%s %sL%s %sZ".formatted(n(x), n(y - r * 1.3), n(x + r * 1.3), n(y),
                    n(x), n(y + r * 1.3), n(x - r * 1.3), n(y));
            default -> "M%s %sh%sv%sh%sv%sh%sv%sh%sv%sh%sv%sh%sZ".formatted(n(x - r * 0.4), n(y - r * 1.2),
                    n(r * 0.8), n(r * 0.8), n(r * 0.8), n(r * 0.8), n(-r * 0.8), n(r * 0.8), n(-r * 0.8),
                    n(-r * 0.8), n(-r * 0.8), n(r * 0.8));
        };
    }

    /** SVG coordinates with at most two decimals and a dot, whatever the locale. */
    static String n(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }
}
