package se.helhet.platform.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The fragments of templates/chart.html rendered by Thymeleaf as the pages render them. */
class ChartFragmentTest {

    private static final List<String> YEARS = List.of("2024", "2025", "2026");

    @Test
    void aLineChartIsAnImageWithTitleDescriptionLegendAndTheSameNumbersInATable() {
        String html = render();

        String line = html.substring(html.indexOf("<figure"), html.indexOf("</figure>"));
        assertThat(line).containsPattern("<svg[^>]*role=\"img\"")
                .contains("viewBox=\"0 0 640 384\"")
                .containsPattern(Pattern.compile("aria-labelledby=\"(chart-\\w+)-title \\1-desc\""))
                .contains(">Avslutade inom 60 dagar</title>", ">Andel per år, pilot och kontroll</desc>")
                .contains("stroke-dasharray=\"9 5\"", "d=\"M163.33 150M528.67 20\"")
                .contains(">Pilotområdet</text>", ">Ordinarie</text>", ">100\u00a0%</text>")
                .contains("<caption>Avslutade inom 60 dagar</caption>", "<th scope=\"col\">År</th>",
                        "<th scope=\"row\">2025</th>", "<td class=\"num\">–</td>", "<td class=\"num\">100,0\u00a0%</td>")
                .contains("Siffrorna i tabellform")
                .doesNotContain("<script", "style=");
    }

    @Test
    void aBarChartFillsTheSecondSeriesWithAPatternDefinedInTheSameImage() {
        String html = render();

        String bars = html.substring(html.lastIndexOf("<figure"));
        String patternId = BarChart.of("Svar", "Andel per svar", List.of("1", "2"), series(), Unit.SHARE).id() + "-pattern-1";
        assertThat(bars).contains("<pattern id=\"" + patternId + "\"", "fill=\"url(#" + patternId + ")\"")
                .containsPattern("<rect x=\"[0-9.]+\" y=\"[0-9.]+\" width=\"[0-9.]+\" height=\"[0-9.]+\"\\s+fill=\"#1f4e79\"")
                .contains("<title>1, 2024: 50,0\u00a0%</title>");
    }

    private static List<Series> series() {
        return List.of(new Series("2024", List.of(0.5, 0.5)), new Series("2025", List.of(0.25, 0.75)));
    }

    private static String render() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages-survey");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        var context = new Context(Locale.forLanguageTag("sv-SE"));
        context.setVariable("line", LineChart.of("Avslutade inom 60 dagar", "Andel per år, pilot och kontroll", YEARS,
                List.of(new Series("Pilotområdet", Arrays.asList(0.5, null, 1.0)),
                        new Series("Ordinarie", Arrays.asList(null, 0.5, null))), Unit.SHARE).withCategoryHeading("År"));
        context.setVariable("bars", BarChart.of("Svar", "Andel per svar", List.of("1", "2"), series(), Unit.SHARE));
        return engine.process("chart-sample", context);
    }
}
