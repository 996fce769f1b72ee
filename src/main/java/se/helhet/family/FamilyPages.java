package se.helhet.family;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.helhet.person.People;

/** The family view as a page: everyone, every unit's matters as far as the reader may see them, and the parts. */
@Controller
class FamilyPages {

    private final FamilyViews views;
    private final People people;

    FamilyPages(FamilyViews views, People people) {
        this.views = views;
        this.people = people;
    }

    @GetMapping("/familjer/{personId}")
    String family(@PathVariable UUID personId, Model model) {
        FamilyView view = views.of(personId);
        model.addAttribute("view", view);
        model.addAttribute("person", view.person());
        model.addAttribute("family", view.members());
        model.addAttribute("today", people.today());
        return "family/view";
    }
}
