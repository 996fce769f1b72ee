package se.helhet.audit;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.HtmlUtils;

import jakarta.servlet.http.HttpServletResponse;

import se.helhet.person.People;
import se.helhet.platform.ConflictException;
import se.helhet.platform.InvalidInputException;
import se.helhet.platform.PageForm;

/**
 * Answering the key about one matter: every question at once, saved as far as it has come, and marked
 * reviewed when done. Fields are named q{number} (the answer) and q{number}-comment.
 */
@Controller
class AuditReviewPages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Audits audits;
    private final AuditKeys keys;
    private final AuditAnswers answers;
    private final People people;
    private final MessageSource messages;
    private final Clock clock;

    AuditReviewPages(Audits audits, AuditKeys keys, AuditAnswers answers, People people, MessageSource messages,
                     Clock clock) {
        this.clock = clock;
        this.audits = audits;
        this.keys = keys;
        this.answers = answers;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping("/aktgranskning/{id}/arenden/{matterId}")
    String review(@PathVariable UUID id, @PathVariable UUID matterId, Model model) {
        Map<String, String> values = new HashMap<>();
        for (GivenAnswer a : answers.given(id, matterId)) {
            String answer = a.answer() != null ? a.answer().name() : a.scale() != null ? a.scale().toString() : null;
            values.put("q" + a.question(), answer);
            values.put("q" + a.question() + "-comment", a.comment());
        }
        return page(id, matterId, values, Map.of(), model);
    }

    /** {@code action}: save as it is, mark reviewed, or take the mark away. */
    @PostMapping("/aktgranskning/{id}/arenden/{matterId}")
    String answer(@PathVariable UUID id, @PathVariable UUID matterId, @RequestParam Map<String, String> form,
                  Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, String> problems = new HashMap<>();
        List<GivenAnswer> given = given(id, form, problems, locale);
        String action = form.getOrDefault("action", "save");
        Boolean reviewed = switch (action) {
            case "reviewed" -> true;
            case "reopen" -> false;
            default -> null;
        };
        if (!problems.isEmpty()) {
            return page(id, matterId, form, problems, model);
        }
        return PageForm.attempt(() -> answers.answer(id, matterId, given, reviewed, version(form)))
                .onConflict(conflict -> {
                    // What was typed stays on the page with the version it was opened at: saving again is refused too.
                    response.setStatus(HttpStatus.CONFLICT.value());
                    model.addAttribute("conflict", messages.getMessage("audit.review.conflict", null, locale));
                    return page(id, matterId, form, Map.of(), model);
                })
                .submit(saved -> PageForm.redirect(redirect,
                                messages.getMessage("audit.review.saved." + action, null, locale),
                                "/aktgranskning/" + id + (reviewed == Boolean.TRUE ? "#arende-" + matterId
                                        : "/arenden/" + matterId)),
                        errors -> page(id, matterId, form, errors, model));
    }

    /**
     * What htmx sends a moment after the reviewer stops typing or picks an answer: saved as it is, so no
     * comment is lost. Answers with the short status the form shows and the matter's new version for the
     * form's next save, or what stops the saving; 409 when someone else saved since the form was opened.
     */
    @PutMapping(path = "/aktgranskning/{id}/arenden/{matterId}", produces = "text/html;charset=UTF-8")
    @ResponseBody
    ResponseEntity<String> autosave(@PathVariable UUID id, @PathVariable UUID matterId,
                                    @RequestParam Map<String, String> form, Locale locale) {
        Map<String, String> problems = new HashMap<>();
        List<GivenAnswer> given = given(id, form, problems, locale);
        if (!problems.isEmpty()) {
            return ResponseEntity.ok(escaped(problems.values().iterator().next()));
        }
        try {
            int version = answers.answer(id, matterId, given, null, version(form)).version();
            return ResponseEntity.ok(escaped(messages.getMessage("audit.review.autosaved",
                    new Object[] {LocalTime.now(clock).format(TIME)}, locale))
                    + "<input type=\"hidden\" id=\"audit-version\" name=\"version\" value=\"" + version
                    + "\" hx-swap-oob=\"true\">");
        } catch (InvalidInputException e) {
            return ResponseEntity.ok(escaped(e.byField().values().iterator().next()));
        } catch (ConflictException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(escaped(messages.getMessage("audit.review.conflict", null, locale)));
        }
    }

    private static String escaped(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** The version the form was opened at; none (an older form) is not checked. */
    private static Integer version(Map<String, String> form) {
        try {
            return form.get("version") == null ? null : Integer.valueOf(form.get("version").trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The answers as the form sends them: q{number} and q{number}-comment for every question of the key. */
    private List<GivenAnswer> given(UUID id, Map<String, String> form, Map<String, String> problems, Locale locale) {
        AuditKey key = keys.get(audits.get(id).keyId());
        List<GivenAnswer> given = new ArrayList<>();
        for (Question q : key.questions()) {
            String value = blankToNull(form.get("q" + q.number()));
            String comment = form.getOrDefault("q" + q.number() + "-comment", "");
            try {
                given.add(q.scale()
                        ? GivenAnswer.of(q.number(), null, value == null ? null : Integer.valueOf(value), comment)
                        : GivenAnswer.of(q.number(), value == null ? null : Answer.valueOf(value), null, comment));
            } catch (IllegalArgumentException e) {
                problems.put("q" + q.number(), messages.getMessage("audit.review.unknown", null, locale));
            }
        }
        return given;
    }

    private String page(UUID id, UUID matterId, Map<String, String> values, Map<String, String> errors, Model model) {
        var audit = audits.get(id);
        List<AuditMatter> around = audits.withNeighbours(id, matterId);
        AuditMatter matter = around.get(1);
        model.addAttribute("audit", audit);
        model.addAttribute("key", keys.get(audit.keyId()));
        model.addAttribute("matter", matter);
        model.addAttribute("child", people.listed(Set.of(matter.childId()), "audit-matter").get(matter.childId()));
        model.addAttribute("previous", around.get(0));
        model.addAttribute("next", around.get(2));
        model.addAttribute("values", values);
        model.addAttribute("version", values.getOrDefault("version", String.valueOf(matter.version())));
        model.addAttribute("errors", errors);
        model.addAttribute("answers", Answer.values());
        return "audit/review";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
