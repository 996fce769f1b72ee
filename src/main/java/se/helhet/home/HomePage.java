package se.helhet.home;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.access.Role;
import se.helhet.intake.IntakeWorklist;
import se.helhet.person.Population;
import se.helhet.worklist.Worklists;

/** The start page: what each role needs first (UX.md, "Start page by role"). */
@Controller
class HomePage {

    /** How many of the intake worklist the start page shows; the rest is one link away. */
    static final int INTAKE_SHOWN = 5;

    /** How many of each of the matter lists the start page shows; the whole list is a page of its own. */
    static final int MATTERS_SHOWN = 15;

    private final CurrentUsers currentUsers;
    private final Population population;
    private final IntakeWorklist intakeWorklist;
    private final Worklists worklists;

    HomePage(CurrentUsers currentUsers, Population population, IntakeWorklist intakeWorklist, Worklists worklists) {
        this.currentUsers = currentUsers;
        this.population = population;
        this.intakeWorklist = intakeWorklist;
        this.worklists = worklists;
    }

    @GetMapping("/")
    String start(Model model) {
        CurrentUser user = currentUsers.require();
        if (user.has(Role.INTAKE_WORKER)) {
            model.addAttribute("intake", intakeWorklist.top(INTAKE_SHOWN));
        }
        if (user.has(Role.SOCIAL_WORKER)) {
            model.addAttribute("mine", worklists.mine(null, MATTERS_SHOWN));
        }
        if (user.has(Role.UNIT_MANAGER)) {
            model.addAttribute("team", worklists.team(MATTERS_SHOWN));
        }
        return "home/start";
    }

    /** The district's children, fetched after the page: counting them reads the whole population register. */
    @GetMapping("/start/befolkning")
    String population(Model model) {
        if (!currentUsers.require().hasAny(Role.ANALYST, Role.UNIT_MANAGER)) {
            throw new AccessDeniedException("Not an analyst or a manager");
        }
        model.addAttribute("population", population.childrenToday());
        return "home/start :: population";
    }
}
