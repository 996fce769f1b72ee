package se.helhet.followup;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import se.helhet.common.AreaChoice;
import se.helhet.letter.Letters;
import se.helhet.platform.Csv;
import se.helhet.platform.InvalidInputException;
import se.helhet.platform.UserTexts;
import se.helhet.platform.chart.LineChart;
import se.helhet.platform.chart.Series;
import se.helhet.platform.chart.Unit;

/**
 * The follow-up pages: every indicator with pilot beside control (and a baseline when chosen), one
 * indicator month by month, the matters behind a number, and the same as CSV.
 */
@Controller
class IndicatorPages {

    /** The indicators of the start page's summary. */
    static final List<IndicatorDefinition> BRIEF = List.of(IndicatorDefinition.CLOSED_WITHIN_60_DAYS,
            IndicatorDefinition.CHILD_CONVERSATION, IndicatorDefinition.WAIT_DECISION_TO_START_DAYS,
            IndicatorDefinition.REACTUALISED);

    private final Indicators indicators;
    private final Letters letters;
    private final Clock clock;
    private final MessageSource messages;

    IndicatorPages(Indicators indicators, Letters letters, Clock clock, MessageSource messages) {
        this.letters = letters;
        this.indicators = indicators;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/uppfoljning")
    String comparison(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      @RequestParam(required = false) String ageGroup, @RequestParam(required = false) String level,
                      @RequestParam(required = false) String baselineFrom,
                      @RequestParam(required = false) String baselineTo, Model model) {
        Selection selection = Selection.of(from, to, ageGroup, level, baselineFrom, baselineTo, LocalDate.now(clock));
        Selection.Parsed parsed = selected(selection, model);
        model.addAttribute("mayOpenMatters", indicators.mayOpenMatters());
        if (parsed.filter() != null) {
            // The filters stay as typed beside their messages; the table is left out until they are right.
            model.addAttribute("rows", indicators.comparison(parsed.filter(), parsed.baseline()));
            model.addAttribute("withBaseline", parsed.baseline() != null);
            model.addAttribute("readability", letters.readability(parsed.filter().from(), parsed.filter().to()));
        }
        return "followup/indicators";
    }

    /** The follow-up in brief for the start page (fetched after it): the pilot's main promises, twelve months. */
    @GetMapping("/uppfoljning/i-korthet")
    String brief(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("brief", indicators.comparison(new IndicatorFilter(today.minusYears(1).plusDays(1), today,
                AreaChoice.ALL, AgeGroup.ALL, null), null, BRIEF));
        return "followup/selection :: brief";
    }

    @GetMapping("/uppfoljning.csv")
    void comparisonCsv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                       @RequestParam(required = false) String ageGroup, @RequestParam(required = false) String level,
                       @RequestParam(required = false) String baselineFrom,
                       @RequestParam(required = false) String baselineTo, HttpServletResponse response)
            throws IOException {
        Selection.Parsed parsed = parsedOrRefused(Selection.of(from, to, ageGroup, level, baselineFrom, baselineTo,
                LocalDate.now(clock)));
        List<Indicators.Comparison> rows = indicators.comparison(parsed.filter(), parsed.baseline());
        try (Csv csv = Csv.download(response, "helhet-indikatorer.csv", columns("period", "code", "indicator",
                "unit", "pilot-numerator", "pilot-denominator", "pilot-value", "pilot-lower", "pilot-upper",
                "control-numerator", "control-denominator", "control-value", "control-lower", "control-upper",
                "difference", "difference-lower", "difference-upper", "hidden"))) {
            for (Indicators.Comparison row : rows) {
                write(csv, UserTexts.text("followup.csv.period.selection"), row);
                if (row.baseline() != null) {
                    write(csv, UserTexts.text("followup.csv.period.baseline"), row.baseline());
                }
            }
        }
    }

    @GetMapping("/uppfoljning/indikator/{code}")
    String trend(@PathVariable String code, @RequestParam(required = false) String from,
                 @RequestParam(required = false) String to, @RequestParam(required = false) String ageGroup,
                 @RequestParam(required = false) String level, Model model) {
        IndicatorDefinition definition = IndicatorApi.definition(code);
        Selection selection = Selection.of(from, to, ageGroup, level, null, null, LocalDate.now(clock));
        Selection.Parsed parsed = selected(selection, model);
        model.addAttribute("definition", definition);
        model.addAttribute("mayOpenMatters", indicators.mayOpenMatters());
        if (parsed.filter() != null) {
            List<Indicators.Point> points = indicators.trend(definition, parsed.filter());
            model.addAttribute("points", points);
            model.addAttribute("chart", chart(definition, points));
        }
        return "followup/trend";
    }

    @GetMapping("/uppfoljning/indikator/{code}.csv")
    void trendCsv(@PathVariable String code, @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to, @RequestParam(required = false) String ageGroup,
                  @RequestParam(required = false) String level, HttpServletResponse response) throws IOException {
        IndicatorDefinition definition = IndicatorApi.definition(code);
        Selection.Parsed parsed = parsedOrRefused(Selection.of(from, to, ageGroup, level, null, null,
                LocalDate.now(clock)));
        List<Indicators.Point> points = indicators.trend(definition, parsed.filter());
        try (Csv csv = Csv.download(response, "helhet-" + definition.name().toLowerCase(java.util.Locale.ROOT) + ".csv",
                columns("month", "area", "numerator", "denominator", "value", "lower", "upper", "hidden"))) {
            for (Indicators.Point point : points) {
                write(csv, point.month().toString().substring(0, 7), UserTexts.text("followup.csv.area.pilot"),
                        point.pilot());
                write(csv, point.month().toString().substring(0, 7), UserTexts.text("followup.csv.area.control"),
                        point.ordinary());
            }
        }
    }

    /** The matters behind a number, for unit managers; analysts see numbers only. */
    @GetMapping("/uppfoljning/indikator/{code}/arenden")
    String behind(@PathVariable String code, @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to, @RequestParam(required = false) String area,
                  @RequestParam(required = false) String ageGroup, @RequestParam(required = false) String level,
                  @RequestParam(required = false) Boolean inNumerator, Model model) {
        IndicatorDefinition definition = IndicatorApi.definition(code);
        if (!indicators.mayOpenMatters()) {
            throw new AccessDeniedException("Analysts see numbers only");
        }
        Selection selection = Selection.of(from, to, ageGroup, level, null, null, LocalDate.now(clock));
        IndicatorFilter filter = IndicatorFilter.parse(selection.from(), selection.to(), area, selection.ageGroup(),
                selection.level());
        model.addAttribute("selection", selection);
        model.addAttribute("definition", definition);
        model.addAttribute("area", filter.area());
        model.addAttribute("inNumerator", inNumerator);
        model.addAttribute("behind", indicators.behind(definition, filter, inNumerator));
        model.addAttribute("mostListed", Indicators.MOST_LISTED);
        return "followup/behind";
    }

    /** Pilot and control as two lines over the months; a hidden or empty month is a gap. */
    private LineChart chart(IndicatorDefinition definition, List<Indicators.Point> points) {
        Locale locale = LocaleContextHolder.getLocale();
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        return LineChart.of(definition.title(), text("followup.trend.caption", locale),
                        points.stream().map(p -> month.format(p.month())).toList(),
                        List.of(new Series(text("followup.pilot", locale),
                                        points.stream().map(p -> p.pilot().value()).toList()),
                                new Series(text("followup.ordinary", locale),
                                        points.stream().map(p -> p.ordinary().value()).toList())),
                        definition.unit() == IndicatorUnit.SHARE ? Unit.SHARE : Unit.NUMBER)
                .withCategoryHeading(text("followup.trend.month", locale));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static Selection.Parsed selected(Selection selection, Model model) {
        Selection.Parsed parsed = selection.parse();
        model.addAttribute("selection", selection);
        model.addAttribute("errors", parsed.errors());
        model.addAttribute("areas", List.of(AreaChoice.PILOT, AreaChoice.ORDINARY));
        return parsed;
    }

    private static Selection.Parsed parsedOrRefused(Selection selection) {
        Selection.Parsed parsed = selection.parse();
        if (parsed.filter() == null) {
            throw new InvalidInputException(parsed.errors().entrySet().stream()
                    .map(e -> new se.helhet.platform.FieldProblem(e.getKey(), e.getValue())).toList());
        }
        return parsed;
    }

    private static void write(Csv csv, String period, Indicators.Comparison row) {
        Indicator p = row.pilot();
        Indicator o = row.ordinary();
        var d = row.differenceInterval();
        csv.row(period, row.definition().name(), row.definition().title(), row.definition().unit().name(),
                p.numerator(), p.denominator(), rounded(p.value()), lower(p), upper(p),
                o.numerator(), o.denominator(), rounded(o.value()), lower(o), upper(o),
                rounded(row.difference()), d == null ? null : rounded(d.lower()), d == null ? null : rounded(d.upper()),
                yesOrNo(p.suppressed() || o.suppressed()));
    }

    private static void write(Csv csv, String month, String area, Indicator i) {
        csv.row(month, area, i.numerator(), i.denominator(), rounded(i.value()), lower(i), upper(i),
                yesOrNo(i.suppressed()));
    }

    /** A download's column names in the reader's language, from {@code followup.csv.column.*}. */
    private static String[] columns(String... names) {
        return Arrays.stream(names).map(name -> UserTexts.text("followup.csv.column." + name)).toArray(String[]::new);
    }

    private static String yesOrNo(boolean yes) {
        return UserTexts.text(yes ? "followup.csv.yes" : "followup.csv.no");
    }

    private static Double lower(Indicator i) {
        return i.interval() == null ? null : rounded(i.interval().lower());
    }

    private static Double upper(Indicator i) {
        return i.interval() == null ? null : rounded(i.interval().upper());
    }

    /** Four decimals: a share to a hundredth of a per cent, days to far below a day. */
    private static Double rounded(Double value) {
        return value == null ? null : Math.round(value * 10_000) / 10_000.0;
    }
}
