package se.helhet.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import se.helhet.platform.chart.LineChart;
import se.helhet.platform.chart.Series;
import se.helhet.platform.chart.Unit;

/** A child's ratings as a line per rater over the days rated; a day a rater did not rate is a gap. */
@Component
class SafetyCharts {

    private final MessageSource messages;

    SafetyCharts(MessageSource messages) {
        this.messages = messages;
    }

    LineChart of(String childName, List<SafetyRating> ratings) {
        if (ratings.isEmpty()) {
            return null;
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<java.time.LocalDate> days = new ArrayList<>(new TreeSet<>(ratings.stream().map(SafetyRating::ratedOn).toList()));
        List<Series> series = new ArrayList<>();
        for (SafetyRating.Rater rater : SafetyRating.Rater.values()) {
            List<Double> values = new ArrayList<>();
            boolean any = false;
            for (var day : days) {
                // The latest rating of the day by this rater.
                Double value = ratings.stream().filter(r -> r.rater() == rater && r.ratedOn().equals(day))
                        .reduce((a, b) -> b).map(r -> (double) r.score()).orElse(null);
                any |= value != null;
                values.add(value);
            }
            if (any) {
                series.add(new Series(messages.getMessage("safety.rater." + rater.name(), null, locale), values));
            }
        }
        return LineChart.of(messages.getMessage("safety.chart.title", new Object[] {childName}, locale),
                        messages.getMessage("safety.chart.description", null, locale),
                        days.stream().map(Object::toString).toList(), series, Unit.NUMBER)
                .withCategoryHeading(messages.getMessage("safety.ratedOn", null, locale));
    }
}
