package se.helhet.platform.chart;

import java.text.NumberFormat;
import java.util.Locale;

/** Values as the Swedish locale writes them (1 234,5 and 42,5 %), for axis labels and the table. */
final class Numbers {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private Numbers() {
    }

    static String tick(Unit unit, double value, double step) {
        return unit == Unit.SHARE
                ? format(value * 100, decimals(step * 100)) + "\u00a0%"
                : format(value, decimals(step));
    }

    /** A value in the table: shares with one decimal, numbers with at most one. */
    static String cell(Unit unit, Double value) {
        if (value == null) {
            return "–";
        }
        return unit == Unit.SHARE ? format(value * 100, 1) + "\u00a0%" : format(value, value == Math.rint(value) ? 0 : 1);
    }

    private static int decimals(double step) {
        int decimals = 0;
        while (Math.abs(step * Math.pow(10, decimals) - Math.rint(step * Math.pow(10, decimals))) > 1e-9 && decimals < 4) {
            decimals++;
        }
        return decimals;
    }

    private static String format(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(SWEDISH);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }
}
