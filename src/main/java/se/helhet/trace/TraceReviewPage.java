package se.helhet.trace;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import se.helhet.common.InvalidIdentityNumberException;
import se.helhet.common.PersonalIdentityNumber;
import se.helhet.common.ReserveNumber;
import se.helhet.platform.Chains;
import se.helhet.platform.Csv;
import se.helhet.platform.Searches;
import se.helhet.platform.UserTexts;

/**
 * The log review municipalities do: who read or changed a person's data, or what one user did. The form posts and
 * the page and its CSV are read back by the search's id ({@link Searches}), so no personnummer reaches an address.
 */
@Controller
class TraceReviewPage {

    private static final int LIMIT = 1000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static final String SEARCH = "trace-review";

    private final Trace trace;
    private final Chains chains;
    private final Searches searches;
    private final Clock clock;

    TraceReviewPage(Trace trace, Chains chains, Searches searches, Clock clock) {
        this.searches = searches;
        this.trace = trace;
        this.chains = chains;
        this.clock = clock;
    }

    private record Selection(List<TraceEntry> entries, Map<String, String> errors) {
    }

    /** The form posts: the personnummer asked about is kept on the server and never in the address. */
    @PostMapping("/admin/logg")
    String find(@RequestParam(name = "person", required = false) String person,
                @RequestParam(name = "anvandare", required = false) String user, HttpSession session) {
        if (blank(person) && blank(user)) {
            return "redirect:/admin/logg";
        }
        Map<String, String> criteria = new LinkedHashMap<>();
        criteria.put("person", person);
        criteria.put("anvandare", user);
        return "redirect:/admin/logg?" + Searches.PARAMETER + "=" + searches.keep(session, SEARCH, criteria);
    }

    /**
     * The search kept under {@code sok}; a user's actions may also be asked for by {@code anvandare} in the
     * address (a username names no client), a person's never.
     */
    @GetMapping("/admin/logg")
    String review(@RequestParam(name = Searches.PARAMETER, required = false) String searchId,
                  @RequestParam(name = "anvandare", required = false) String userAsked,
                  @RequestParam(name = "kedjor", required = false) String checkChains, HttpSession session,
                  Model model) {
        var kept = searches.find(session, SEARCH, searchId);
        String person = kept.map(c -> c.get("person")).orElse("");
        String user = kept.map(c -> c.get("anvandare")).orElse(userAsked == null ? "" : userAsked);
        Selection selection = select(person, user, false);
        model.addAttribute("person", person);
        model.addAttribute("user", user);
        model.addAttribute("searchId", kept.isPresent() ? searchId : null);
        model.addAttribute("searchExpired", searchId != null && kept.isEmpty());
        model.addAttribute("entries", selection.entries());
        model.addAttribute("errors", selection.errors());
        model.addAttribute("zone", clock.getZone());
        // Walking both chains reads every row of the log: done when the administrator asks, not on every view.
        if (checkChains != null) {
            model.addAttribute("chains", chains.verify());
        }
        return "trace/review";
    }

    @GetMapping("/admin/logg.csv")
    void export(@RequestParam(name = Searches.PARAMETER, required = false) String searchId,
                @RequestParam(name = "anvandare", required = false) String userAsked, HttpSession session,
                HttpServletResponse response) throws IOException {
        var kept = searches.find(session, SEARCH, searchId);
        Selection selection = select(kept.map(c -> c.get("person")).orElse(""),
                kept.map(c -> c.get("anvandare")).orElse(userAsked == null ? "" : userAsked), true);
        ZoneId zone = clock.getZone();
        String[] header = Stream.of("time", "user", "action", "record-type", "record", "person", "channel", "consent")
                .map(column -> UserTexts.text("trace.csv." + column)).toArray(String[]::new);
        try (Csv csv = Csv.download(response, "helhet-logg.csv", header)) {
            for (TraceEntry e : selection.entries()) {
                csv.row(TIME.format(e.at().atZone(zone)), e.username(), e.action().name(), e.recordType(),
                        e.recordId(), e.personReference(), e.channel(),
                        e.consentId());
            }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private Selection select(String person, String user, boolean export) {
        if (person != null && !person.isBlank()) {
            try {
                return new Selection(trace.forPerson(reference(person.trim()), LIMIT, export), Map.of());
            } catch (InvalidIdentityNumberException e) {
                return new Selection(List.of(), Map.of("person", UserTexts.text(e.getMessage())));
            }
        }
        if (user != null && !user.isBlank()) {
            return new Selection(trace.forUser(user.trim().toLowerCase(java.util.Locale.ROOT), LIMIT, export), Map.of());
        }
        return new Selection(List.of(), Map.of());
    }

    private String reference(String typed) {
        if (ReserveNumber.looksLike(typed)) {
            return typed.toUpperCase(java.util.Locale.ROOT);
        }
        return PersonalIdentityNumber.parse(typed, clock).formatted();
    }
}
