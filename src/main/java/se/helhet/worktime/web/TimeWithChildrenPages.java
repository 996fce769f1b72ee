package se.helhet.worktime.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.helhet.worktime.Period;
import se.helhet.worktime.TimeOverview;
import se.helhet.worktime.TimeWithChildren;

/** The last twelve months: one's own month by month, a manager's units and workers, an analyst's units. */
@Controller
class TimeWithChildrenPages {

    private final TimeWithChildren timeWithChildren;
    private final Clock clock;

    TimeWithChildrenPages(TimeWithChildren timeWithChildren, Clock clock) {
        this.timeWithChildren = timeWithChildren;
        this.clock = clock;
    }

    @GetMapping("/tid-med-barn")
    String overview(Model model) {
        Period period = Period.lastTwelveMonths(LocalDate.now(clock));
        TimeOverview overview = timeWithChildren.overview(period);
        model.addAttribute("overview", overview);
        if (overview.own() != null) {
            model.addAttribute("months", timeWithChildren.months(overview.own().workerId(), period));
        }
        return definitions(model, "worktime/overview");
    }

    @GetMapping("/tid-med-barn/medarbetare/{workerId}")
    String worker(@PathVariable UUID workerId, Model model) {
        model.addAttribute("months", timeWithChildren.months(workerId,
                Period.lastTwelveMonths(LocalDate.now(clock))));
        return definitions(model, "worktime/worker");
    }

    private static String definitions(Model model, String view) {
        model.addAttribute("definition", TimeWithChildren.DEFINITION)
                .addAttribute("suppression", TimeWithChildren.SUPPRESSION);
        return view;
    }
}
