package se.helhet.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.access.Role;
import se.helhet.followup.AgeGroup;
import se.helhet.followup.AreaChoice;
import se.helhet.followup.IndicatorDefinition;
import se.helhet.followup.IndicatorFilter;
import se.helhet.followup.Indicators;
import se.helhet.intake.IntakeWorklist;
import se.helhet.person.Population;
import se.helhet.worklist.Worklists;

/** The start page: what each role needs first (UX.md, "Start page by role"). */
@Controller
class HomePage {

    /** How many of the intake worklist the start page shows; the rest is one link away. */
    static final int INTAKE_SHOWN = 5;

    /** The follow-up in brief for analysts and managers: the pilot's main promises, the last twelve months. */
    static final List<IndicatorDefinition> HEADLINE = List.of(IndicatorDefinition.CLOSED_WITHIN_60_DAYS,
            IndicatorDefinition.CHILD_CONVERSATION, IndicatorDefinition.WAIT_DECISION_TO_START_DAYS,
            IndicatorDefinition.REACTUALISED);

    private final CurrentUsers currentUsers;
    private final Population population;
    private final IntakeWorklist intakeWorklist;
    private final Worklists worklists;
    private final Indicators indicators;
    private final Clock clock;

    HomePage(CurrentUsers currentUsers, Population population, IntakeWorklist intakeWorklist, Worklists worklists,
             Indicators indicators, Clock clock) {
        this.currentUsers = currentUsers;
        this.population = population;
        this.intakeWorklist = intakeWorklist;
        this.worklists = worklists;
        this.indicators = indicators;
        this.clock = clock;
    }

    @GetMapping("/")
    String start(Model model) {
        CurrentUser user = currentUsers.require();
        if (user.has(Role.INTAKE_WORKER)) {
            model.addAttribute("intake", intakeWorklist.top(INTAKE_SHOWN));
        }
        if (user.has(Role.SOCIAL_WORKER)) {
            model.addAttribute("mine", worklists.mine());
        }
        if (user.has(Role.UNIT_MANAGER)) {
            model.addAttribute("team", worklists.team());
        }
        if (user.hasAny(Role.ANALYST, Role.UNIT_MANAGER)) {
            model.addAttribute("population", population.childrenToday());
            LocalDate today = LocalDate.now(clock);
            model.addAttribute("headline", indicators.comparison(new IndicatorFilter(today.minusYears(1).plusDays(1),
                    today, AreaChoice.ALL, AgeGroup.ALL, null), null, HEADLINE));
        }
        return "home/start";
    }
}
