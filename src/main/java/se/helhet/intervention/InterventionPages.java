package se.helhet.intervention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.access.CurrentUsers;
import se.helhet.matter.Matter;
import se.helhet.matter.Matters;
import se.helhet.person.People;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.PageForm;
import se.helhet.platform.UserTexts;

/** The matter's interventions: each with where it stands and its next steps, and a form to offer a new one. */
@Controller
@se.helhet.matter.CaseFileTab(path = "insatser", label = "casefile.nav.interventions", order = 40,
        kinds = se.helhet.matter.MatterKind.CHILD_AND_YOUTH)
class InterventionPages {

    /** The offer as typed; the decision and the responsible worker are chosen by id from selects. */
    record OfferForm(String code, String providerKind, String providerName, String responsibleWorkerId, String goals,
                     String decisionId, String offeredOn) {

        static OfferForm empty(UUID worker) {
            return new OfferForm("", ProviderKind.INTERNAL.name(), "", worker.toString(), "", "", "");
        }

        /** The form with what the granting decision already named: the intervention and the decision itself. */
        OfferForm granted(OfferChoices.DecisionOption decision) {
            return new OfferForm(decision.code(), providerKind, providerName, responsibleWorkerId, goals,
                    decision.id().toString(), offeredOn);
        }
    }

    record StepForm(String date, Integer version, String reason) {
    }

    /** A step form that came back refused: which intervention and step, and the message for each field. */
    record StepProblem(UUID interventionId, Step step, Map<String, String> errors, StepForm typed) {
    }

    private final Interventions interventions;
    private final Matters matters;
    private final People people;
    private final OfferChoices choices;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    InterventionPages(Interventions interventions, Matters matters, People people, OfferChoices choices,
                      CurrentUsers currentUsers, Clock clock) {
        this.interventions = interventions;
        this.matters = matters;
        this.people = people;
        this.choices = choices;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** {@code beslut}, when given, is the granting decision to offer from: its intervention and it are chosen. */
    @GetMapping("/arenden/{matterId}/insatser")
    String list(@PathVariable UUID matterId, @RequestParam(name = "beslut", required = false) UUID decision,
                Model model) {
        return show(matterId, null, Map.of(), null, decision, model);
    }

    @PostMapping("/arenden/{matterId}/insatser")
    String offer(@PathVariable UUID matterId, OfferForm form, Model model, RedirectAttributes redirect) {
        // A choice that is no id at all (a tampered form) is named beside its select before anything is offered.
        Map<String, String> unusable = new LinkedHashMap<>();
        UUID worker = uuid(form.responsibleWorkerId(), "responsibleWorkerId", "intervention.problem.responsibleWorkerId.choose", unusable);
        UUID decision = uuid(form.decisionId(), "decisionId", "intervention.problem.decisionId.choose", unusable);
        if (!unusable.isEmpty()) {
            return show(matterId, form, unusable, null, null, model);
        }
        return PageForm.attempt(() -> interventions.offer(matterId, new NewIntervention(form.code(),
                        form.providerKind(), form.providerName(), worker, form.goals(), decision, form.offeredOn())))
                .conflictBeside("code")
                .submit(offered -> PageForm.redirect(redirect, UserTexts.text("intervention.offered"), "/arenden/" + matterId + "/insatser"),
                        errors -> show(matterId, form, errors, null, null, model));
    }

    @PostMapping("/arenden/{matterId}/insatser/{id}/{slug}")
    String step(@PathVariable UUID matterId, @PathVariable UUID id, @PathVariable String slug, StepForm form,
                Model model, RedirectAttributes redirect) {
        Step step = Step.bySlug(slug).orElseThrow(() -> new NotFoundException("intervention.notFound.step"));
        if (!interventions.get(id).matterId().equals(matterId)) {
            throw new NotFoundException("intervention.notFound.inMatter");
        }
        return PageForm.attempt(() -> interventions.take(id, step, new StepInput(form.date(), form.version(),
                        form.reason())))
                .conflictBeside("date")
                .submit(done -> PageForm.redirect(redirect, UserTexts.text("intervention.stepTaken",
                                done.kind().name(), UserTexts.text(done.state().labelKey())),
                                "/arenden/" + matterId + "/insatser#insats-" + id),
                        errors -> show(matterId, null, Map.of(), new StepProblem(id, step, errors, form), null, model));
    }

    private String show(UUID matterId, OfferForm form, Map<String, String> errors, StepProblem stepProblem,
                        UUID fromDecision, Model model) {
        Matter matter = matters.get(matterId);
        boolean mayWork = interventions.mayWork(matterId);
        model.addAttribute("matter", matter);
        model.addAttribute("child", people.get(matter.personId()));
        model.addAttribute("interventions", interventions.forMatter(matterId));
        model.addAttribute("mayWork", mayWork && matter.open());
        model.addAttribute("mayStep", mayWork);
        var catalogue = interventions.catalogue();
        model.addAttribute("catalogue", catalogue);
        model.addAttribute("providerKinds", List.of(ProviderKind.values()));
        OfferForm shown = form == null ? OfferForm.empty(currentUsers.require().id()) : form;
        if (mayWork && matter.open()) {
            var granted = choices.granted(matterId, catalogue);
            model.addAttribute("decisions", granted);
            model.addAttribute("caseWorkers", choices.caseWorkers(matter));
            if (form == null && fromDecision != null) {
                shown = granted.stream().filter(d -> d.id().equals(fromDecision)).findFirst()
                        .map(shown::granted).orElse(shown);
            }
        }
        model.addAttribute("form", shown);
        model.addAttribute("errors", errors);
        model.addAttribute("stepProblem", stepProblem);
        model.addAttribute("today", LocalDate.now(clock));
        return "intervention/list";
    }

    /** Null when nothing is chosen; a value that is no id is put among the problems. */
    private static UUID uuid(String chosen, String field, String problem, Map<String, String> problems) {
        if (chosen == null || chosen.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(chosen.trim());
        } catch (IllegalArgumentException e) {
            problems.put(field, UserTexts.text(problem));

            return null;
        }
    }
}
