package se.helhet.followup.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.helhet.followup.IndicatorFilter;
import se.helhet.followup.Indicators;
import se.helhet.platform.InvalidInputException;

@Controller
class IndicatorPages {

    private final Indicators indicators;
    private final Clock clock;

    IndicatorPages(Indicators indicators, Clock clock) {
        this.indicators = indicators;
        this.clock = clock;
    }

    /** Pilot beside control for a period (the last twelve months unless chosen) and an age group. */
    @GetMapping("/uppfoljning")
    String comparison(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      @RequestParam(required = false) String ageGroup, Model model) {
        LocalDate today = LocalDate.now(clock);
        String start = from == null ? today.minusYears(1).plusDays(1).toString() : from;
        String end = to == null ? today.toString() : to;
        String group = ageGroup == null ? "ALL" : ageGroup;
        model.addAttribute("from", start).addAttribute("to", end).addAttribute("ageGroup", group);
        IndicatorFilter filter;
        try {
            filter = IndicatorFilter.parse(start, end, "ALL", group);
        } catch (InvalidInputException e) {
            // The filters stay as typed beside their messages; the table is left out until they are right.
            model.addAttribute("errors", e.byField());
            return "followup/indicators";
        }
        model.addAttribute("rows", indicators.comparison(filter));
        return "followup/indicators";
    }
}
