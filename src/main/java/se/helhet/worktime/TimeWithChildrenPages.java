package se.helhet.worktime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.helhet.platform.UserTexts;
import se.helhet.platform.chart.LineChart;
import se.helhet.platform.chart.Series;
import se.helhet.platform.chart.Unit;

/** The last twelve months: one's own month by month, a manager's units and workers, an analyst's units. */
@Controller
class TimeWithChildrenPages {

    private final TimeWithChildren timeWithChildren;
    private final MessageSource messages;
    private final Clock clock;

    TimeWithChildrenPages(TimeWithChildren timeWithChildren, MessageSource messages, Clock clock) {
        this.timeWithChildren = timeWithChildren;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/tid-med-barn")
    String overview(Model model, Locale locale) {
        Period period = Period.lastTwelveMonths(LocalDate.now(clock));
        TimeOverview overview = timeWithChildren.overview(period);
        model.addAttribute("overview", overview);
        if (overview.own() != null) {
            months(timeWithChildren.months(overview.own().workerId(), period), model, locale);
        }
        return definitions(model, "worktime/overview");
    }

    @GetMapping("/tid-med-barn/medarbetare/{workerId}")
    String worker(@PathVariable UUID workerId, Model model, Locale locale) {
        months(timeWithChildren.months(workerId, Period.lastTwelveMonths(LocalDate.now(clock))), model, locale);
        return definitions(model, "worktime/worker");
    }

    /** The months as a table and as a line of the share; a month with no recorded time is a gap in the line. */
    private void months(WorkerMonths months, Model model, Locale locale) {
        List<String> categories = months.months().stream().map(m -> m.month().toString()).toList();
        List<Double> shares = months.months().stream().map(m -> m.time().share()).toList();
        LineChart chart = LineChart.of(
                messages.getMessage("worktime.chart.title", new Object[] {months.total().name()}, locale),
                messages.getMessage("worktime.chart.description", null, locale), categories,
                List.of(new Series(messages.getMessage("worktime.share", null, locale), shares)), Unit.SHARE)
                .withCategoryHeading(messages.getMessage("worktime.month", null, locale));
        model.addAttribute("months", months).addAttribute("chart", chart);
    }

    private static String definitions(Model model, String view) {
        model.addAttribute("definition", UserTexts.text(TimeWithChildren.DEFINITION))
                .addAttribute("suppression", UserTexts.text(TimeWithChildren.SUPPRESSION,
                        String.valueOf(UnitTime.FEWEST_SHOWN)));
        return view;
    }
}
