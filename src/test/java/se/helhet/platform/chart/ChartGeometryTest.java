package se.helhet.platform.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The coordinates worked out by hand: plot from x 72 to 620 and from y 20 (top) to 280 (bottom). */
class ChartGeometryTest {

    private static final List<String> YEARS = List.of("2024", "2025", "2026", "2027");

    @Test
    void aLineGoesThroughTheCentreOfEachCategoryAtItsShare() {
        LineChart chart = LineChart.of("Andel", "Test", YEARS,
                List.of(new Series("Pilot", List.of(0.0, 0.5, 1.0, 0.25))), Unit.SHARE);

        // Band 548 / 4 = 137: centres at 72 + 68.5 = 140.5, 277.5, 414.5, 551.5; y = 280 - share * 260.
        assertThat(chart.lines().getFirst().path()).isEqualTo("M140.5 280L277.5 150L414.5 20L551.5 215");
        assertThat(chart.lines().getFirst().markers()).hasSize(4);
    }

    @Test
    void aMissingValueBreaksTheLineAndHasNoMarker() {
        LineChart chart = LineChart.of("Andel", "Test", YEARS,
                List.of(new Series("Kontroll", Arrays.asList(0.5, null, 0.5, 0.5))), Unit.SHARE);

        assertThat(chart.lines().getFirst().path()).isEqualTo("M140.5 150M414.5 150L551.5 150");
        assertThat(chart.lines().getFirst().markers()).hasSize(3);
    }

    @Test
    void barsOfAGroupStandSideBySideFromTheZeroLine() {
        BarChart chart = BarChart.of("Svar", "Test", List.of("1", "2"),
                List.of(new Series("2025", List.of(0.5, 0.25)), new Series("2026", Arrays.asList(1.0, null))),
                Unit.SHARE);

        List<BarChart.Bar> bars = chart.bars();
        // Band 548 / 2 = 274, padding 10 % each side: group from 99.4, two bars of 274 * 0.8 / 2 = 109.6.
        assertThat(bars).hasSize(3);
        assertThat(bars.get(0)).extracting(BarChart.Bar::x, BarChart.Bar::y, BarChart.Bar::width, BarChart.Bar::height)
                .containsExactly(99.4, 150.0, 109.6, 130.0);
        assertThat(bars.get(1)).extracting(BarChart.Bar::x, BarChart.Bar::y, BarChart.Bar::height)
                .containsExactly(209.0, 20.0, 260.0);
        assertThat(bars.get(1).fill()).isEqualTo("url(#" + chart.id() + "-pattern-1)");
        assertThat(bars.get(2).label()).isEqualTo("2, 2025: 25,0\u00a0%");
    }

    @Test
    void ticksAndTableUseTheSwedishWayOfWritingNumbers() {
        LineChart chart = LineChart.of("Dagar", "Test", List.of("K1", "K2"),
                List.of(new Series("Median", Arrays.asList(1234.5, null))), Unit.NUMBER).withCategoryHeading("Kvartal");

        assertThat(chart.frame().ticks()).extracting(Frame.Tick::label)
                .containsExactly("0", "500", "1\u00a0000", "1\u00a0500");
        assertThat(chart.table().rows()).extracting(r -> r.cells().getFirst()).containsExactly("1\u00a0234,5", "–");
        assertThat(chart.table().categoryHeading()).isEqualTo("Kvartal");
    }

    @Test
    void crowdedCategoryLabelsAreThinnedSoTheyDoNotOverlap() {
        List<String> months = IntStream.rangeClosed(1, 24).mapToObj(m -> "2025-%02d".formatted(m)).toList();
        LineChart chart = LineChart.of("Per månad", "Test", months,
                List.of(new Series("Pilot", months.stream().map(m -> 0.5).toList())), Unit.SHARE);

        List<Frame.Label> labels = chart.frame().labels();
        assertThat(labels.size()).isLessThan(24).isGreaterThan(3);
        for (int i = 1; i < labels.size(); i++) {
            assertThat(labels.get(i).x() - labels.get(i - 1).x()).isGreaterThan(7 * 16 * 0.6);
        }
    }

    @Test
    void everySeriesColourHasAtLeastThreeToOneContrastAgainstWhite() {
        for (String colour : Style.COLOURS) {
            assertThat(contrastWithWhite(colour)).as(colour).isGreaterThanOrEqualTo(3.0);
        }
    }

    @Test
    void theLegendHasARowPerSeriesAndTheDrawingGrowsWithIt() {
        List<Series> three = List.of(new Series("a", List.of(1.0)), new Series("b", List.of(2.0)),
                new Series("c", List.of(3.0)));
        Frame frame = LineChart.of("T", "D", List.of("x"), three, Unit.NUMBER).frame();

        assertThat(frame.legend()).extracting(Frame.LegendEntry::name).containsExactly("a", "b", "c");
        assertThat(frame.legend()).extracting(e -> e.style().marker()).doesNotHaveDuplicates();
        assertThat(frame.viewBox()).isEqualTo("0 0 640 412");
    }

    @Test
    void refusesASeriesWithTheWrongNumberOfValues() {
        assertThatThrownBy(() -> LineChart.of("T", "D", YEARS, List.of(new Series("a", List.of(1.0))), Unit.NUMBER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 values for 4 categories");
    }

    private static double contrastWithWhite(String hex) {
        double l = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            l += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return 1.05 / (l + 0.05);
    }
}
