package se.helhet.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.access.Role;
import se.helhet.person.Population;

/** The start page: what each role needs first (UX.md, "Start page by role"). */
@Controller
class HomePage {

    private final CurrentUsers currentUsers;
    private final Population population;

    HomePage(CurrentUsers currentUsers, Population population) {
        this.currentUsers = currentUsers;
        this.population = population;
    }

    @GetMapping("/")
    String start(Model model) {
        CurrentUser user = currentUsers.require();
        if (user.hasAny(Role.ANALYST, Role.UNIT_MANAGER)) {
            model.addAttribute("population", population.childrenToday());
        }
        return "home/start";
    }
}
