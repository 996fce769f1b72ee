package se.helhet.routine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.matter.MatterKind;
import se.helhet.platform.PageForm;

/** The routines as the administrator writes them: a list, and a form with a row per stop. */
@Controller
class RoutinePages {

    /** Rows of stops the form offers; a routine needs few (Skarpnäck's has seven). */
    static final int ROWS = 8;

    /** The form as posted: one value per stop row in each list, blank rows left out. */
    record RoutineForm(String name, String description, List<String> appliesWhen, List<String> alsoInvolves,
                       List<String> stopName, List<String> stopGate, List<String> stopWorkingDays,
                       List<String> stopMatterKind, List<String> stopAcute, List<String> stopGuidance) {

        static RoutineForm empty() {
            List<String> blank = java.util.Collections.nCopies(ROWS, "");
            return new RoutineForm("", "", List.of(), List.of(), blank, blank, blank, blank, blank, blank);
        }

        RoutineRules.RoutineInput input() {
            List<RoutineRules.StepInput> steps = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) {
                steps.add(new RoutineRules.StepInput(at(stopName, i), at(stopGate, i), at(stopWorkingDays, i),
                        at(stopMatterKind, i), "true".equals(at(stopAcute, i)), at(stopGuidance, i)));
            }
            return new RoutineRules.RoutineInput(name, description, appliesWhen, alsoInvolves, steps);
        }

        /** The typed value of a row, for the template. */
        public String at(List<String> values, int row) {
            return values == null || row >= values.size() ? "" : values.get(row);
        }
    }

    private final Routines routines;

    RoutinePages(Routines routines) {
        this.routines = routines;
    }

    @GetMapping("/rutiner")
    String list(Model model) {
        model.addAttribute("routines", routines.all());
        model.addAttribute("mayWrite", routines.mayWrite());
        return "routine/list";
    }

    @GetMapping("/rutiner/{id}")
    String routine(@PathVariable UUID id, Model model) {
        model.addAttribute("routine", routines.get(id));
        return "routine/routine";
    }

    @GetMapping("/rutiner/ny")
    String form(Model model) {
        return form(RoutineForm.empty(), Map.of(), model);
    }

    @PostMapping("/rutiner")
    String write(RoutineForm form, Model model, RedirectAttributes redirect) {
        return PageForm.attempt(() -> routines.write(form.input()))
                .fieldsOnPage(field -> field.replaceAll("^stops\\[(\\d+)]\\.(\\w+)$", "stop$1-$2"))
                .submit(r -> PageForm.redirectSaying(redirect, "/rutiner/" + r.id(), "routine.written", r.name()),
                        errors -> form(form, errors, model));
    }

    private String form(RoutineForm form, Map<String, String> errors, Model model) {
        if (!routines.mayWrite()) {
            throw new org.springframework.security.access.AccessDeniedException("Only an administrator writes routines");
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", MatterKind.values());
        model.addAttribute("gates", Gate.values());
        model.addAttribute("rows", java.util.stream.IntStream.range(0, ROWS).boxed().toList());
        model.addAttribute("kindNames", Arrays.stream(MatterKind.values()).map(Enum::name).toList());
        return "routine/form";
    }
}
