package se.helhet.survey;

import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.platform.PageForm;


/** Entering paper questionnaires, one at a time, back to an empty form after each. */
@Controller
class PaperPages {

    private final Surveys surveys;

    PaperPages(Surveys surveys) {
        this.surveys = surveys;
    }

    @GetMapping("/enkater/{id}/papper")
    String paper(@PathVariable UUID id, Model model) {
        return paper(id, Map.of(), Map.of(), model);
    }

    @PostMapping("/enkater/{id}/papper")
    String enter(@PathVariable UUID id, @RequestParam Map<String, String> fields, Model model,
                 RedirectAttributes redirect) {
        return PageForm.attempt(() -> surveys.enterPaper(id, fields))
                .onConflict(problem -> PageForm.problem(redirect, problem, "/enkater/" + id))
                .submit(entered -> PageForm.redirectSaying(redirect, "/enkater/" + id + "/papper", "survey.paper.saved"),
                        errors -> paper(id, fields, errors, model));
    }

    private String paper(UUID id, Map<String, String> values, Map<String, String> errors, Model model) {
        if (!surveys.mayManage()) {
            throw new AccessDeniedException("Paper answers are entered by administrators and unit managers");
        }
        model.addAttribute("survey", surveys.get(id));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "survey/paper";
    }
}
