package se.helhet.platform.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Every number the charts draw, pinned: line and bar charts over shares and numbers, negative values, gaps,
 * labels too long to show all and four series (each drawn its own way), rendered as the pages render them and
 * compared with the drawing kept in {@code chart/pinned.html}. A change to how charts are drawn shows here as
 * a difference to look at; the rendered page lands in {@code target/chart-pinned.html} to compare with.
 */
class ChartDrawingTest {

    @Test
    void drawsTheSameFiguresAsBefore() throws IOException {
        String drawn = render();
        Files.writeString(Path.of("target", "chart-pinned.html"), drawn);

        String pinned;
        try (var in = getClass().getResourceAsStream("/chart/pinned.html")) {
            assertThat(in).as("src/test/resources/chart/pinned.html").isNotNull();
            pinned = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(normalized(drawn)).isEqualTo(normalized(pinned));
    }

    /** The template's own line breaks and indentation are not part of the drawing. */
    private static String normalized(String html) {
        return html.replaceAll("\\s+", " ").replace("> <", "><").trim();
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
        List<String> months = List.of("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07",
                "2025-08", "2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03");
        context.setVariable("lines", List.of(
                LineChart.of("Avslutade inom 60 dagar", "Andel per månad", months,
                        List.of(new Series("Pilotområdet", Arrays.asList(0.41, 0.5, null, 0.62, 0.58, 0.6, 0.7, null,
                                        null, 0.66, 0.71, 0.8, 0.75, 0.9, 1.0)),
                                new Series("Ordinarie", Arrays.asList(0.3, 0.31, 0.35, null, 0.4, 0.38, 0.42, 0.45,
                                        0.43, 0.5, 0.52, 0.49, 0.55, 0.56, 0.6)),
                                new Series("Riket", Arrays.asList(0.333, null, null, null, null, null, null, null,
                                        null, null, null, null, null, null, 0.35))),
                        Unit.SHARE).withCategoryHeading("Månad"),
                LineChart.of("Förändring i dagar", "Skillnad mot året före", List.of("2023", "2024", "2025", "2026"),
                        List.of(new Series("A", Arrays.asList(-12.5, 3.0, 47.0, 0.0)),
                                new Series("B", Arrays.asList(1.0, 2.0, 3.0, 4.0)),
                                new Series("C", Arrays.asList(null, -1.0, null, 1.0)),
                                new Series("D", Arrays.asList(0.5, 0.25, 0.125, 0.0))),
                        Unit.NUMBER),
                LineChart.of("Ett värde", "Bara ett", List.of("Hela perioden med ett mycket långt namn"),
                        List.of(new Series("Enda", List.of(7.0))), Unit.NUMBER)));
        context.setVariable("bars", List.of(
                BarChart.of("Tar handläggaren hänsyn till hela familjens situation?", "Andel per svarsalternativ",
                        List.of("1 Inte alls", "2", "3", "4", "5 Helt"),
                        List.of(new Series("2024", List.of(0.1, 0.2, 0.3, 0.3, 0.1)),
                                new Series("2025", Arrays.asList(0.0, null, 0.3, 0.4, 0.3)),
                                new Series("2026", List.of(0.05, 0.15, 0.2, 0.35, 0.25))),
                        Unit.SHARE).withCategoryHeading("Svar"),
                BarChart.of("Antal och förändring", "Tal som går under noll", List.of("Norr", "Söder"),
                        List.of(new Series("Ett", List.of(-3.5, 12.0)), new Series("Två", List.of(4.0, -8.0)),
                                new Series("Tre", List.of(1.0, 2.0)), new Series("Fyra", List.of(0.0, 7.5))),
                        Unit.NUMBER)));
        return engine.process("chart-pinned", context);
    }
}
