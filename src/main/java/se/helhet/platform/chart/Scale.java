package se.helhet.platform.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The value axis: from {@code min} to {@code max} with a tick every {@code step}, all round numbers, so a
 * reader can read a value off the grid. Shares always span 0-100 %: a share axis cut to the data would make
 * small differences look large.
 */
record Scale(double min, double max, double step) {

    private static final int WANTED_TICKS = 5;

    Scale {
        if (!(max > min) || !(step > 0)) {
            throw new IllegalArgumentException("A scale needs max above min and a positive step");
        }
    }

    static Scale of(Unit unit, List<Series> series) {
        if (unit == Unit.SHARE) {
            return new Scale(0, 1, 0.2);
        }
        List<Double> values = series.stream().flatMap(s -> s.values().stream()).filter(Objects::nonNull).toList();
        double low = Math.min(0, values.stream().mapToDouble(Double::doubleValue).min().orElse(0));
        double high = Math.max(0, values.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        return nice(low, high);
    }

    /** Heckbert's nice numbers: a step of 1, 2, 2.5 or 5 times a power of ten, about five ticks in all. */
    static Scale nice(double low, double high) {
        if (high - low <= 0) {
            high = low + 1;
        }
        double step = niceStep((high - low) / (WANTED_TICKS - 1));
        double min = Math.floor(low / step) * step;
        double max = Math.ceil(high / step) * step;
        return new Scale(min, max == min ? min + step : max, step);
    }

    private static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long count = Math.round((max - min) / step);
        for (long i = 0; i <= count; i++) {
            // Computed from the index, not by adding steps, so 0.1 + 0.2 never becomes 0.30000000000000004.
            ticks.add(round(min + i * step));
        }
        return ticks;
    }

    /** Where a value lies between min (0) and max (1). */
    double fraction(double value) {
        return (value - min) / (max - min);
    }

    private static double round(double value) {
        return Math.round(value * 1e9) / 1e9;
    }
}
