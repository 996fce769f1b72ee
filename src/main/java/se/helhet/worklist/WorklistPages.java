package se.helhet.worklist;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The whole of a list the start page begins: my matters, and the team's overdue matters and those with nobody
 * responsible, a page at a time, each page continuing after the last matter of the one before.
 */
@Controller
class WorklistPages {

    static final int PAGE = 50;

    private final Worklists worklists;

    WorklistPages(Worklists worklists) {
        this.worklists = worklists;
    }

    @GetMapping("/arbetslista/mina")
    String mine(@RequestParam(name = "efter", required = false) String after, Model model) {
        return list("mine", "/arbetslista/mina", worklists.mine(after, PAGE), after, model);
    }

    @GetMapping("/arbetslista/forsenade")
    String overdue(@RequestParam(name = "efter", required = false) String after, Model model) {
        return list("overdue", "/arbetslista/forsenade", worklists.team(Worklists.TeamList.OVERDUE, after, PAGE),
                after, model);
    }

    @GetMapping("/arbetslista/utan-ansvarig")
    String unassigned(@RequestParam(name = "efter", required = false) String after, Model model) {
        return list("unassigned", "/arbetslista/utan-ansvarig",
                worklists.team(Worklists.TeamList.UNASSIGNED, after, PAGE), after, model);
    }

    private static String list(String name, String path, Worklists.Listing listing, String after, Model model) {
        model.addAttribute("name", name);
        model.addAttribute("path", path);
        model.addAttribute("listing", listing);
        model.addAttribute("continued", after != null);
        return "worklist/list";
    }
}
