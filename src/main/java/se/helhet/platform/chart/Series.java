package se.helhet.platform.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One named series: a value per category, in the categories' order; null where there is no value (a gap). */
public record Series(String name, List<Double> values) {

    public Series {
        if (name == null || name.isBlank() || values == null) {
            throw new IllegalArgumentException("A series needs a name and its values");
        }
        // List.copyOf refuses nulls, and a missing value is a null.
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }
}
