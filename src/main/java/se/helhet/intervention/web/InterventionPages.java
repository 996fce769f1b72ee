package se.helhet.intervention.web;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.access.StaffDirectory;
import se.helhet.intervention.Intervention;
import se.helhet.intervention.Interventions;
import se.helhet.intervention.NewIntervention;
import se.helhet.intervention.ProviderKind;
import se.helhet.intervention.Step;
import se.helhet.intervention.StepInput;
import se.helhet.matter.Matter;
import se.helhet.matter.Matters;
import se.helhet.person.People;
import se.helhet.platform.ConflictException;
import se.helhet.platform.InvalidInputException;
import se.helhet.platform.NotFoundException;

/** The matter's interventions: each with where it stands and its next steps, and a form to offer a new one. */
@Controller
class InterventionPages {

    /**
     * The offer as typed. The responsible worker is given by username until the access module can list the
     * staff of a unit for a select.
     */
    record OfferForm(String code, String providerKind, String providerName, String responsibleWorker, String goals,
                     String decisionId, String offeredOn) {
    }

    record StepForm(String date, Integer version, String reason) {
    }

    /** A step form that came back refused: which intervention and step, and the message for each field. */
    record StepProblem(UUID interventionId, Step step, Map<String, String> errors, StepForm typed) {
    }

    private final Interventions interventions;
    private final Matters matters;
    private final People people;
    private final StaffDirectory staff;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    InterventionPages(Interventions interventions, Matters matters, People people, StaffDirectory staff,
                      CurrentUsers currentUsers, Clock clock) {
        this.interventions = interventions;
        this.matters = matters;
        this.people = people;
        this.staff = staff;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/arenden/{matterId}/insatser")
    String list(@PathVariable UUID matterId, Model model) {
        CurrentUser user = currentUsers.require();
        var empty = new OfferForm("", ProviderKind.INTERNAL.name(), "", user.username(), "", "", "");
        return show(matterId, empty, Map.of(), null, model);
    }

    @PostMapping("/arenden/{matterId}/insatser")
    String offer(@PathVariable UUID matterId, OfferForm form, Model model, RedirectAttributes redirect) {
        UUID worker = worker(form.responsibleWorker());
        try {
            interventions.offer(matterId, new NewIntervention(form.code(), form.providerKind(), form.providerName(),
                    worker, form.goals(), decisionId(form.decisionId()), form.offeredOn()));
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.byField().forEach((field, message) -> errors.put(
                    field.equals("responsibleWorkerId") ? "responsibleWorker" : field, message));
            if (worker == null && form.responsibleWorker() != null && !form.responsibleWorker().isBlank()) {
                errors.put("responsibleWorker", "Det finns ingen användare med det användarnamnet");
            }
            return show(matterId, form, errors, null, model);
        } catch (ConflictException e) {
            return show(matterId, form, Map.of("code", e.getMessage()), null, model);
        }
        redirect.addFlashAttribute("flash", "Insatsen är erbjuden.");
        return "redirect:/arenden/" + matterId + "/insatser";
    }

    @PostMapping("/arenden/{matterId}/insatser/{id}/{slug}")
    String step(@PathVariable UUID matterId, @PathVariable UUID id, @PathVariable String slug, StepForm form,
                Model model, RedirectAttributes redirect) {
        Step step = Step.bySlug(slug).orElseThrow(() -> new NotFoundException("Steget finns inte"));
        if (!interventions.get(id).matterId().equals(matterId)) {
            throw new NotFoundException("Insatsen finns inte i ärendet");
        }
        try {
            Intervention done = interventions.take(id, step, new StepInput(form.date(), form.version(), form.reason()));
            redirect.addFlashAttribute("flash", done.kind().name() + ": insatsen är " + done.state().word() + ".");
            return "redirect:/arenden/" + matterId + "/insatser#insats-" + id;
        } catch (InvalidInputException e) {
            return show(matterId, null, Map.of(), new StepProblem(id, step, e.byField(), form), model);
        } catch (ConflictException e) {
            return show(matterId, null, Map.of(), new StepProblem(id, step, Map.of("date", e.getMessage()), form), model);
        }
    }

    private String show(UUID matterId, OfferForm form, Map<String, String> errors, StepProblem stepProblem,
                        Model model) {
        Matter matter = matters.get(matterId);
        boolean mayWork = interventions.mayWork(matterId);
        model.addAttribute("matter", matter);
        model.addAttribute("child", people.get(matter.childId()));
        model.addAttribute("interventions", interventions.forMatter(matterId));
        model.addAttribute("mayWork", mayWork && matter.open());
        model.addAttribute("mayStep", mayWork);
        model.addAttribute("catalogue", interventions.catalogue());
        model.addAttribute("providerKinds", List.of(ProviderKind.values()));
        model.addAttribute("form", form == null
                ? new OfferForm("", ProviderKind.INTERNAL.name(), "", currentUsers.require().username(), "", "", "")
                : form);
        model.addAttribute("errors", errors);
        model.addAttribute("stepProblem", stepProblem);
        model.addAttribute("today", LocalDate.now(clock));
        return "intervention/list";
    }

    /** Null for an unknown username: the offer then names the field, with the other fields' problems. */
    private UUID worker(String username) {
        return username == null || username.isBlank() ? null
                : staff.byUsername(username.trim().toLowerCase(java.util.Locale.ROOT)).map(CurrentUser::id).orElse(null);
    }

    private static UUID decisionId(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(typed.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("decisionId", "Klistra in beslutets id som det står i beslutet");
        }
    }
}
