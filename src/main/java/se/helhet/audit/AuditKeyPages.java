package se.helhet.audit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.platform.PageForm;


/**
 * The review keys, and writing a new key or a new version on a page. The form's "add" and "remove" buttons
 * send it back to be shown again with one row more or less; only "save" goes to the service, which checks the
 * key by the same rules as the API.
 */
@Controller
class AuditKeyPages {

    /** No endless rows: a key holds at most 99 questions (the rules say so on saving). */
    private static final int MOST_ROWS = 99;
    private static final Pattern QUESTION_FIELD = Pattern.compile("questions\\[(\\d+)]\\.(\\w+)");

    private final AuditKeys keys;

    AuditKeyPages(AuditKeys keys) {
        this.keys = keys;
    }

    @GetMapping("/aktgranskning/nycklar")
    String list(Model model) {
        List<AuditKey> all = keys.all();
        model.addAttribute("keys", all);
        // In order of code and version, so the last of each code is its latest version.
        model.addAttribute("latest", Set.copyOf(all.stream()
                .collect(Collectors.toMap(AuditKey::code, AuditKey::id, (a, b) -> b)).values()));
        model.addAttribute("mayCreate", keys.mayCreate());
        return "audit/keys";
    }

    @GetMapping("/aktgranskning/nycklar/ny")
    String newKey(Model model) {
        requireMayCreate();
        return form(AuditKeyForm.blank(), null, Map.of(), null, model);
    }

    @PostMapping("/aktgranskning/nycklar")
    String createKey(AuditKeyForm form, @RequestParam(required = false) Integer remove,
                     @RequestParam(required = false) String add, Model model,
                     RedirectAttributes redirect) {
        requireMayCreate();
        if (remove != null || add != null) {
            return changedRows(form, remove, null, model);
        }
        return PageForm.attempt(() -> keys.createKey(form.input())).conflictBeside("conflict")
                .submit(key -> saved(key, redirect), errors -> form(form, null, errors, null, model));
    }

    /** Starts from the key's latest version, whichever version the link was on. */
    @GetMapping("/aktgranskning/nycklar/{id}/ny-version")
    String newVersion(@PathVariable UUID id, Model model) {
        AuditKey latest = keys.latestVersion(id);
        return form(AuditKeyForm.startingFrom(latest), latest, Map.of(), null, model);
    }

    @PostMapping("/aktgranskning/nycklar/{id}/ny-version")
    String createVersion(@PathVariable UUID id, AuditKeyForm form, @RequestParam(required = false) Integer remove,
                         @RequestParam(required = false) String add, Model model,
                         RedirectAttributes redirect) {
        requireMayCreate();
        AuditKey startedFrom = keys.get(id);
        if (remove != null || add != null) {
            return changedRows(form, remove, startedFrom, model);
        }
        return PageForm.attempt(() -> keys.createVersion(id, form.input())).conflictBeside("conflict")
                .submit(key -> saved(key, redirect), errors -> form(form, startedFrom, errors, null, model));
    }

    /** A new row takes the focus; after a removal the focus stays at the place of the removed row. */
    private String changedRows(AuditKeyForm form, Integer remove, AuditKey startedFrom, Model model) {
        if (remove != null) {
            AuditKeyForm fewer = form.withoutRow(remove);
            model.addAttribute("removed", remove);
            String focus = fewer.questions().size() >= remove ? "q" + remove + "-group" : "questions";
            return form(fewer, startedFrom, Map.of(), focus, model);
        }
        AuditKeyForm more = form.questions().size() < MOST_ROWS ? form.withRowAdded() : form;
        return form(more, startedFrom, Map.of(), "q" + more.questions().size() + "-group", model);
    }

    private String saved(AuditKey key, RedirectAttributes redirect) {
        return PageForm.redirectSaying(redirect, "/aktgranskning/nycklar#key-" + key.id(), "audit.keyForm.saved",
                key.name(), key.version());
    }

    private String form(AuditKeyForm form, AuditKey startedFrom, Map<String, String> errors, String focus,
                        Model model) {
        model.addAttribute("form", form);
        model.addAttribute("startedFrom", startedFrom);
        model.addAttribute("errors", errors);
        model.addAttribute("summary", errors.entrySet().stream()
                .map(e -> Map.entry(fieldId(e.getKey()), e.getValue())).toList());
        model.addAttribute("focus", focus);
        return "audit/key-form";
    }

    /** The rules name a question's field questions[i].field; on the page it is q(i+1)-field, as Fråga i+1. */
    static String fieldId(String field) {
        var m = QUESTION_FIELD.matcher(field);
        return m.matches() ? "q" + (Integer.parseInt(m.group(1)) + 1) + "-" + m.group(2) : field;
    }

    private void requireMayCreate() {
        if (!keys.mayCreate()) {
            throw new AccessDeniedException("Review keys are written by those who conduct file audits");
        }
    }
}
