package se.helhet.routine;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.platform.PageForm;

/**
 * A family's stop: the routine's stops for the family with where each stands, who takes part, the consultations
 * held, and the form to record one; and the worker's own stops, which the start page fetches.
 */
@Controller
class StopPages {

    record ConsultationForm(String heldOn, List<String> participantIds, String agreed, String nextStep) {
    }

    private final Stops stops;
    private final java.time.Clock clock;

    StopPages(Stops stops, java.time.Clock clock) {
        this.stops = stops;
        this.clock = clock;
    }

    @GetMapping("/hallplatser/{id}")
    String stop(@PathVariable UUID id, Model model) {
        FamilyStops match = stops.get(id);
        return page(match, id, new ConsultationForm(java.time.LocalDate.now(clock).toString(),
                match.workers().stream().filter(w -> w.workerId() != null && w.open())
                        .map(w -> w.workerId().toString()).distinct().toList(), "", ""), Map.of(), model);
    }

    @PostMapping("/hallplatser/{id}/samrad")
    String consult(@PathVariable UUID id, ConsultationForm form, Model model, RedirectAttributes redirect) {
        return PageForm.attempt(() -> stops.record(id, new Stops.ConsultationInput(form.heldOn(),
                        form.participantIds(), form.agreed(), form.nextStep())))
                .submit(held -> PageForm.redirectSaying(redirect, "/hallplatser/" + id, "stop.recorded"),
                        errors -> page(stops.get(id), id, form, errors, model));
    }

    @GetMapping("/hallplatser/mina")
    String mine(Model model) {
        model.addAttribute("families", stops.mine());
        return "routine/parts :: mine";
    }

    private String page(FamilyStops match, UUID stopId, ConsultationForm form, Map<String, String> errors, Model model) {
        model.addAttribute("match", match);
        model.addAttribute("stop", match.stops().stream().filter(s -> s.id().equals(stopId)).findFirst().orElseThrow());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "routine/stop";
    }
}
