package se.helhet.instrument;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.platform.FieldProblem;
import se.helhet.platform.InvalidInputException;

/**
 * The administrator's page for the instruments' licensed item texts (the path is restricted to administrators):
 * each form with whether texts are loaded, a field to paste them one per line, and removal. A refused paste
 * comes back with the text as typed and every problem beside the field.
 */
@Controller
class ItemTextPages {

    /** The form whose paste was refused, what was typed and each problem, in order. */
    record Refused(String instrument, String form, String typed, List<String> problems) {

        public boolean is(FormTexts texts) {
            return texts.form().instrument().equals(instrument) && texts.form().form().equals(form);
        }
    }

    private final ItemTexts itemTexts;
    private final MessageSource messages;
    private final Clock clock;

    ItemTextPages(ItemTexts itemTexts, MessageSource messages, Clock clock) {
        this.itemTexts = itemTexts;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/instrument")
    String list(Model model) {
        return page(null, model);
    }

    @PostMapping("/admin/instrument/{code}/{form}")
    String load(@PathVariable String code, @PathVariable String form, @RequestParam(defaultValue = "") String texts,
                Model model, Locale locale, RedirectAttributes redirect) {
        List<String> lines = lines(texts);
        try {
            itemTexts.load(code, form, lines);
        } catch (InvalidInputException e) {
            return page(new Refused(code, form, texts, e.problems().stream().map(FieldProblem::message).toList()),
                    model);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("instrument.admin.loadedFlash",
                new Object[] {name(code, form, locale), lines.size()}, locale));
        return "redirect:/admin/instrument#" + code + "-" + form;
    }

    @PostMapping("/admin/instrument/{code}/{form}/ta-bort")
    String remove(@PathVariable String code, @PathVariable String form, Locale locale, RedirectAttributes redirect) {
        boolean removed = itemTexts.remove(code, form);
        redirect.addFlashAttribute("flash", messages.getMessage(removed ? "instrument.admin.removedFlash"
                : "instrument.admin.noneToRemove", new Object[] {name(code, form, locale)}, locale));
        return "redirect:/admin/instrument#" + code + "-" + form;
    }

    /** One text per line; blank lines after the last text (as a paste often ends) are not questions. */
    static List<String> lines(String pasted) {
        List<String> lines = new ArrayList<>(Arrays.asList(pasted.split("\\R", -1)));
        while (!lines.isEmpty() && lines.getLast().isBlank()) {
            lines.removeLast();
        }
        return lines;
    }

    private String name(String code, String form, Locale locale) {
        return messages.getMessage("instrument.form." + code + "." + form, null, code + " " + form, locale);
    }

    private String page(Refused refused, Model model) {
        model.addAttribute("forms", itemTexts.overview());
        model.addAttribute("refused", refused);
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("newline", "\n");
        return "instrument/admin";
    }
}
