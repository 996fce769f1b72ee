package se.helhet.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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

import se.helhet.common.Level;
import se.helhet.platform.InvalidInputException;
import se.helhet.platform.PageForm;

/** The list of audits, a new audit with its criteria, and one audit's sample with the progress of its review. */
@Controller
class AuditPages {

    /** The new-audit form as typed; every value comes back when something is wrong. */
    record AuditForm(String name, String keyId, List<String> unitIds, String area, String closedFrom, String closedTo,
                     String level, String sampleSize, String seed) {

        AuditForm {
            unitIds = unitIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(unitIds));
        }

        NewAudit input() {
            return new NewAudit(name, keyId, unitIds, area, closedFrom, closedTo, level, sampleSize, seed);
        }
    }

    private final Audits audits;
    private final AuditKeys keys;
    private final AuditAnswers answers;
    private final Clock clock;

    AuditPages(Audits audits, AuditKeys keys, AuditAnswers answers, Clock clock) {
        this.audits = audits;
        this.keys = keys;
        this.answers = answers;
        this.clock = clock;
    }

    @GetMapping("/aktgranskning")
    String list(Model model) {
        model.addAttribute("audits", audits.list());
        model.addAttribute("conducts", audits.conducts());
        return "audit/list";
    }

    /** As a starting point: the latest version of the example key, twenty matters closed in the last six months. */
    @GetMapping("/aktgranskning/ny")
    String form(Model model) {
        LocalDate today = LocalDate.now(clock);
        List<AuditKey> all = keys.all();
        String key = all.stream().filter(k -> k.code().equals("FAMILY_ORIENTED")).reduce((a, b) -> b)
                .or(() -> all.stream().findFirst()).map(k -> k.id().toString()).orElse("");
        return form(new AuditForm("", key, List.of(), "ALL",
                today.minusMonths(6).withDayOfMonth(1).toString(), today.toString(), "", "20", ""), Map.of(), model);
    }

    @PostMapping("/aktgranskning")
    String create(AuditForm form, Model model, RedirectAttributes redirect) {
        return PageForm.attempt(() -> audits.create(form.input())).submit(created -> {
            Audit audit = audits.draw(created.id());
            return PageForm.redirectSaying(redirect, "/aktgranskning/" + audit.id(), "audit.drawn", audit.sampled(),
                    audit.eligibleCount());
        }, errors -> form(form, errors, model));
    }

    /** Those who conduct audits see the sample with each child; the analyst sees the criteria and progress only. */
    @GetMapping("/aktgranskning/{id}")
    String audit(@PathVariable UUID id, Model model) {
        Audit audit = audits.get(id);
        model.addAttribute("audit", audit);
        model.addAttribute("conducts", audits.conducts());
        if (audits.conducts()) {
            var sample = audits.sampleWithChildren(id);
            model.addAttribute("sample", sample.matters());
            model.addAttribute("children", sample.children());
            model.addAttribute("questionCount", keys.get(audit.keyId()).questions().size());
        }
        return "audit/audit";
    }

    @GetMapping("/aktgranskning/{id}/resultat")
    String results(@PathVariable UUID id, Model model) {
        var results = answers.results(id);
        model.addAttribute("results", results);
        model.addAttribute("audit", results.audit());
        model.addAttribute("key", keys.get(results.audit().keyId()));
        model.addAttribute("comparable", audits.list().stream()
                .filter(a -> a.keyId().equals(results.audit().keyId()) && !a.id().equals(id)).toList());
        return "audit/results";
    }

    /** The audit of the earlier period comes first, so the difference reads as the change since then. */
    @GetMapping("/aktgranskning/jamforelse")
    String comparison(@RequestParam UUID forsta, @RequestParam UUID andra, Model model) {
        Audit first = audits.get(forsta);
        Audit second = audits.get(andra);
        if (second.criteria().closedFrom().isBefore(first.criteria().closedFrom())) {
            Audit earlier = second;
            second = first;
            first = earlier;
        }
        model.addAttribute("first", first);
        model.addAttribute("second", second);
        model.addAttribute("suppressed", answers.hidesResults(first) || answers.hidesResults(second));
        try {
            model.addAttribute("rows", answers.compare(first.id(), second.id()));
        } catch (InvalidInputException e) {
            model.addAttribute("problem", e.problems().getFirst().message());
        }
        return "audit/comparison";
    }

    private String form(AuditForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("keys", keys.all());
        model.addAttribute("units", audits.units());
        model.addAttribute("acrossUnits", audits.acrossUnits());
        model.addAttribute("levels", Level.values());
        return "audit/new";
    }
}
