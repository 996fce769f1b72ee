package se.helhet.childimpact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.matter.CaseFileTab;
import se.helhet.matter.Matter;
import se.helhet.matter.Matters;
import se.helhet.platform.PageForm;

/**
 * The matter's tab for the joint child impact analyses: the analyses that cover the matter, and, in an adult
 * matter, its decisions with the form to record one and the flag where a decision was taken without the
 * analysis of one of the parent's children.
 */
@Controller
@CaseFileTab(path = "barnkonsekvens", label = "casefile.nav.childImpact", order = 60)
class ChildImpactTab {

    record DecisionForm(String decidedOn, String subject, String outcome, String reasons) {
    }

    private final AdultDecisions decisions;
    private final ChildImpactAnalyses analyses;
    private final MissingAnalyses missing;
    private final Matters matters;
    private final Clock clock;

    ChildImpactTab(AdultDecisions decisions, ChildImpactAnalyses analyses, MissingAnalyses missing, Matters matters,
                   Clock clock) {
        this.decisions = decisions;
        this.analyses = analyses;
        this.missing = missing;
        this.matters = matters;
        this.clock = clock;
    }

    @GetMapping("/arenden/{id}/barnkonsekvens")
    String tab(@PathVariable UUID id, Model model) {
        return page(id, new DecisionForm(LocalDate.now(clock).toString(), "", "", ""), Map.of(), model);
    }

    @PostMapping("/arenden/{id}/barnkonsekvens/beslut")
    String decide(@PathVariable UUID id, DecisionForm form, Model model, RedirectAttributes redirect) {
        return PageForm.attempt(() -> decisions.record(id, new AdultDecisions.DecisionInput(form.decidedOn(),
                        form.subject(), form.outcome(), form.reasons(), null)))
                .submit(d -> PageForm.redirectSaying(redirect, "/arenden/" + id + "/barnkonsekvens",
                        "childImpact.decision.recorded"), errors -> page(id, form, errors, model));
    }

    private String page(UUID id, DecisionForm form, Map<String, String> errors, Model model) {
        Matter matter = matters.get(id);
        boolean adult = !matter.kind().childAndYouth();
        model.addAttribute("matter", matter);
        model.addAttribute("adult", adult);
        model.addAttribute("decisions", adult ? decisions.forMatter(matter) : List.of());
        model.addAttribute("missing", adult ? missing.forMatter(id) : List.of());
        model.addAttribute("analyses", analyses.forFamily(List.of(matter.personId())));
        model.addAttribute("mayWork", matters.mayWork(id));
        model.addAttribute("outcomes", AdultDecision.Outcome.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "childimpact/tab";
    }
}
