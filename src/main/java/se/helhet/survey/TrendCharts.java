package se.helhet.survey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

import se.helhet.platform.chart.BarChart;
import se.helhet.platform.chart.Series;
import se.helhet.platform.chart.Unit;

/** Each scale question year over year as a grouped bar chart: the steps 1-5, a bar per year. */
final class TrendCharts {

    private TrendCharts() {
    }

    static Map<String, BarChart> byKey(List<SurveyResults.Trend> trends, MessageSource messages, Locale locale) {
        Map<String, BarChart> charts = new LinkedHashMap<>();
        for (SurveyResults.Trend trend : trends) {
            if (trend.years().isEmpty()) {
                continue;
            }
            List<Series> series = new ArrayList<>();
            for (SurveyResults.Year year : trend.years()) {
                List<Double> shares = year.result().suppressed()
                        ? Collections.nCopies(trend.question().stepNames().size(), (Double) null)
                        : year.result().shares();
                series.add(new Series(String.valueOf(year.year()), shares));
            }
            String perYear = trend.years().stream()
                    .map(y -> y.result().suppressed()
                            ? messages.getMessage("survey.chart.yearSuppressed", new Object[] {String.valueOf(y.year())}, locale)
                            : messages.getMessage("survey.chart.year", new Object[] {String.valueOf(y.year()),
                                    y.result().answered(), String.format(locale, "%.1f", y.result().mean())}, locale))
                    .collect(Collectors.joining("; "));
            charts.put(trend.question().key(), BarChart.of(trend.question().text(),
                            messages.getMessage("survey.chart.description", new Object[] {perYear}, locale),
                            trend.question().stepNames(), series, Unit.SHARE)
                    .withCategoryHeading(messages.getMessage("survey.chart.step", null, locale)));
        }
        return charts;
    }
}
