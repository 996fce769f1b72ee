package se.helhet.trace;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import se.helhet.common.InvalidIdentityNumberException;
import se.helhet.common.PersonalIdentityNumber;
import se.helhet.common.ReserveNumber;
import se.helhet.platform.Chains;
import se.helhet.platform.Csv;

/** The log review municipalities do: who read or changed a person's data, or what one user did. */
@Controller
class TraceReviewPage {

    private static final int LIMIT = 1000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Trace trace;
    private final Chains chains;
    private final Clock clock;

    TraceReviewPage(Trace trace, Chains chains, Clock clock) {
        this.trace = trace;
        this.chains = chains;
        this.clock = clock;
    }

    private record Selection(List<TraceEntry> entries, Map<String, String> errors) {
    }

    @GetMapping("/admin/logg")
    String review(@RequestParam(name = "person", required = false) String person,
                  @RequestParam(name = "anvandare", required = false) String user,
                  @RequestParam(name = "kedjor", required = false) String checkChains, Model model) {
        Selection selection = select(person, user, false);
        model.addAttribute("person", person == null ? "" : person);
        model.addAttribute("user", user == null ? "" : user);
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
    void export(@RequestParam(name = "person", required = false) String person,
                @RequestParam(name = "anvandare", required = false) String user,
                HttpServletResponse response) throws IOException {
        Selection selection = select(person, user, true);
        ZoneId zone = clock.getZone();
        try (Csv csv = Csv.download(response, "helhet-logg.csv",
                "tid", "användare", "händelse", "posttyp", "post", "person", "kanal", "samtycke")) {
            for (TraceEntry e : selection.entries()) {
                csv.row(TIME.format(e.at().atZone(zone)), e.username(), e.action().name(), e.recordType(),
                        e.recordId(), e.personReference(), e.channel(),
                        e.consentId());
            }
        }
    }

    private Selection select(String person, String user, boolean export) {
        if (person != null && !person.isBlank()) {
            try {
                return new Selection(trace.forPerson(reference(person.trim()), LIMIT, export), Map.of());
            } catch (InvalidIdentityNumberException e) {
                return new Selection(List.of(), Map.of("person", e.getMessage()));
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
