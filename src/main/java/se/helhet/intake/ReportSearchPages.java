package se.helhet.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import se.helhet.access.CurrentUsers;
import se.helhet.access.Role;
import se.helhet.platform.Searches;

/**
 * Every report ever received, found by the child (personnummer or name), the period and who reported. The
 * service decides who may search and traces every hit; the page only turns what was typed into criteria,
 * and names a date or number it cannot use beside its field. The form posts and the page is read back by the
 * search's id ({@link Searches}), so no personnummer reaches an address; with htmx the post is answered in place.
 */
@Controller
class ReportSearchPages {

    /** The search as typed; everything comes back in the form. */
    record SearchForm(String person, String from, String to, String reporterCategory) {

        boolean blank() {
            return isBlank(person) && isBlank(from) && isBlank(to) && isBlank(reporterCategory);
        }
    }

    private static final String SEARCH = "report-search";

    private final ReportSearch search;
    private final Searches searches;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;
    private final Clock clock;

    ReportSearchPages(ReportSearch search, Searches searches, CurrentUsers currentUsers, MessageSource messages,
                      Clock clock) {
        this.searches = searches;
        this.search = search;
        this.currentUsers = currentUsers;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The search form posts: the server keeps what was typed, and answers with the page's search in place (htmx) or
     * by a redirect to the page that reads it back by the search's id.
     */
    @PostMapping("/anmalningar/sok")
    String find(SearchForm form, HttpSession session, HttpServletRequest request, HttpServletResponse response,
                Model model, Locale locale) {
        if (form.blank()) {
            return "redirect:/anmalningar/sok";
        }
        Map<String, String> criteria = new LinkedHashMap<>();
        criteria.put("person", form.person());
        criteria.put("from", form.from());
        criteria.put("to", form.to());
        criteria.put("reporterCategory", form.reporterCategory());
        String address = "/anmalningar/sok?" + Searches.PARAMETER + "=" + searches.keep(session, SEARCH, criteria);
        if (!Searches.answeredInPlace(request, response, address)) {
            return "redirect:" + address;
        }
        model.addAttribute("searchExpired", false);
        showing(form, model, locale);
        return "intake/search :: #report-search";
    }

    /** The search kept under {@code sok}, if any: the personnummer searched for is never in the address. */
    @GetMapping("/anmalningar/sok")
    String search(@RequestParam(name = Searches.PARAMETER, required = false) String searchId, HttpSession session,
                  Model model, Locale locale) {
        var kept = searches.find(session, SEARCH, searchId);
        SearchForm form = kept.map(c -> new SearchForm(c.get("person"), c.get("from"), c.get("to"),
                c.get("reporterCategory"))).orElse(new SearchForm("", "", "", ""));
        model.addAttribute("searchExpired", searchId != null && kept.isEmpty());
        showing(form, model, locale);
        return "intake/search";
    }

    /** The form as typed, each problem beside its field, and the hits when there is no problem. */
    private void showing(SearchForm form, Model model, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate from = date(form.from(), "from", errors, locale);
        LocalDate to = date(form.to(), "to", errors, locale);
        ReporterCategory category = category(form.reporterCategory());
        if (from != null && to != null && to.isBefore(from)) {
            errors.put("to", messages.getMessage("reportSearch.to.beforeFrom", null, locale));
        }
        List<ReportSearch.Hit> hits = null;
        if (errors.isEmpty() && !form.blank()) {
            // The service refuses those without the right, and traces every hit.
            var result = search.find(new ReportSearch.Criteria(trimmed(form.person()), from, to, category));
            if (result.problem() != null) {
                errors.put("person", result.problem());
            } else {
                hits = result.hits();
            }
        } else if (!currentUsers.require().hasAny(Role.INTAKE_WORKER, Role.UNIT_MANAGER, Role.FILE_AUDITOR)) {
            // Nothing is searched yet, but the page is still only for those with the right (as in ReportSearch).
            throw new AccessDeniedException("May not search reports");
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("hits", hits);
        model.addAttribute("categories", ReporterCategory.values());
        model.addAttribute("application", ReportKind.APPLICATION);
        model.addAttribute("zone", clock.getZone());
    }

    private LocalDate date(String typed, String field, Map<String, String> errors, Locale locale) {
        if (isBlank(typed)) {
            return null;
        }
        try {
            return LocalDate.parse(typed.trim());
        } catch (DateTimeParseException e) {
            errors.put(field, messages.getMessage("reportSearch.date.invalid", null, locale));
            return null;
        }
    }

    /** "alla" and anything unknown mean every category; the select offers nothing else. */
    private static ReporterCategory category(String typed) {
        if (isBlank(typed)) {
            return null;
        }
        try {
            return ReporterCategory.valueOf(typed.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String trimmed(String value) {
        return isBlank(value) ? null : value.trim();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
