package se.helhet.safety;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.person.People;
import se.helhet.platform.PageForm;

/** The child's safety scale: the chart and the ratings, and the form to add one; the person page fetches it. */
@Controller
class SafetyPages {

    record RatingForm(String ratedOn, String score, String rater, String comment) {
    }

    private final SafetyRatings ratings;
    private final SafetyCharts charts;
    private final People people;
    private final Clock clock;

    SafetyPages(SafetyRatings ratings, SafetyCharts charts, People people, Clock clock) {
        this.ratings = ratings;
        this.charts = charts;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/personer/{id}/trygghetsskala")
    String scale(@PathVariable UUID id, Model model) {
        return page(id, new RatingForm(LocalDate.now(clock).toString(), "", "STAFF", ""), Map.of(), model);
    }

    /** The chart alone, which the child's person page fetches after it has loaded. */
    @GetMapping("/personer/{id}/trygghetsskala/diagram")
    String chart(@PathVariable UUID id, Model model) {
        var child = people.get(id);
        model.addAttribute("child", child);
        model.addAttribute("chart", charts.of(child.name(), ratings.forChild(id)));
        return "safety/parts :: person";
    }

    @PostMapping("/personer/{id}/trygghetsskala")
    String rate(@PathVariable UUID id, RatingForm form, Model model, RedirectAttributes redirect) {
        return PageForm.attempt(() -> ratings.record(id, new SafetyRatings.RatingInput(form.ratedOn(),
                        score(form.score()), form.rater(), form.comment())))
                .submit(r -> PageForm.redirectSaying(redirect, "/personer/" + id + "/trygghetsskala", "safety.recorded"),
                        errors -> page(id, form, errors, model));
    }

    private String page(UUID id, RatingForm form, Map<String, String> errors, Model model) {
        var child = people.get(id);
        var list = ratings.forChild(id);
        model.addAttribute("child", child);
        model.addAttribute("ratings", list);
        model.addAttribute("chart", charts.of(child.name(), list));
        model.addAttribute("mayRate", ratings.mayRate() && child.isChildOn(LocalDate.now(clock)));
        model.addAttribute("raters", SafetyRating.Rater.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "safety/scale";
    }

    private static Integer score(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
