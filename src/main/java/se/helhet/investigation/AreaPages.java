package se.helhet.investigation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.investigation.ChildNeedsView.AreaForm;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.PageForm;

/**
 * One BBIC area of the investigation, written from the investigation page. A refusal shows the page again
 * with the area opened and the text as typed; a stale version (somebody saved the area meanwhile) shows the
 * message beside the area, with what is saved now to compare. A saved area is shown opened, saying so. The page
 * sends the form with htmx and swaps in the needs section of the answer, so saving an area reloads no page.
 */
@Controller
class AreaPages {

    private final InvestigationView view;
    private final Investigations investigations;
    private final AreaAssessments areas;

    AreaPages(InvestigationView view, Investigations investigations, AreaAssessments areas) {
        this.view = view;
        this.investigations = investigations;
        this.areas = areas;
    }

    @PostMapping("/arenden/{id}/utredning/{investigationId}/omraden/{area}")
    String write(@PathVariable UUID id, @PathVariable UUID investigationId, @PathVariable String area, AreaForm form,
                 Model model, RedirectAttributes redirect) {
        if (!investigations.get(investigationId).matterId().equals(id)) {
            throw new NotFoundException("investigation.not-in-matter");
        }
        AreaForm typed = new AreaForm(area, form.description(), form.childView(), form.needs(), form.areaVersion());
        return PageForm.attempt(() -> areas.write(investigationId, area, form.description(), form.childView(),
                        form.needs(), form.areaVersion()))
                .onConflict(conflict -> view.show(id, typed, Map.of(), conflict, model))
                .submit(saved -> {
                    // The area says it is saved, within itself: the part of the page an htmx save swaps in.
                    redirect.addFlashAttribute(ChildNeedsView.SAVED_AREA, saved.area().name());
                    return "redirect:/arenden/" + id + "/utredning#omrade-" + saved.area().name();
                }, errors -> {
                    if (form.areaVersion() == null && errors.containsKey("version")) {
                        // The area was new when this page was shown: someone wrote it since, which is a conflict here.
                        return view.show(id, typed, Map.of(), errors.get("version"), model);
                    }
                    // Twenty forms on one page: each error is keyed to its own area's field, which has that id.
                    Map<String, String> keyed = new LinkedHashMap<>();
                    errors.forEach((field, message) -> keyed.put(field + "-" + area, message));
                    return view.show(id, typed, keyed, null, model);
                });
    }
}
