package se.helhet.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.helhet.common.Level;
import se.helhet.investigation.Investigations;
import se.helhet.matter.CaseFileTab;
import se.helhet.matter.Matters;
import se.helhet.platform.PageForm;

/** The child's matter: the child first (UX.md, in the header), then its investigations and the timeline. */
@Controller
@CaseFileTab(path = "", label = "casefile.nav.overview", order = 10)
class MatterPages {

    /** One timeline row in local time; {@code by} is null for what the system did. */
    record TimelineRow(LocalDateTime at, String text, String by) {
    }

    private final Matters matters;
    private final Investigations investigations;
    private final Clock clock;

    MatterPages(Matters matters, Investigations investigations, Clock clock) {
        this.matters = matters;
        this.investigations = investigations;
        this.clock = clock;
    }

    /** The level change as typed; version is the matter's version the page showed. */
    record LevelForm(String level, String reason, String version) {
        static final LevelForm EMPTY = new LevelForm(null, null, null);
    }

    @GetMapping("/arenden/{id}")
    String matter(@PathVariable UUID id, Model model) {
        return show(id, LevelForm.EMPTY, Map.of(), model);
    }

    /** A level change with its reason, as the API's; a running investigation takes the new level from now. */
    @PostMapping("/arenden/{id}/niva")
    String changeLevel(@PathVariable UUID id, LevelForm form, Model model, RedirectAttributes redirect) {
        return PageForm.attempt(() -> matters.changeLevel(id, version(form.version()), level(form.level()),
                        form.reason()))
                .conflictBeside("level")
                .submit(done -> PageForm.redirectSaying(redirect, "/arenden/" + id, "matter.level.saved"),
                        errors -> show(id, form, errors, model));
    }

    private String show(UUID id, LevelForm form, Map<String, String> errors, Model model) {
        List<TimelineRow> timeline = matters.timeline(id).stream()
                .map(e -> new TimelineRow(LocalDateTime.ofInstant(e.at(), clock.getZone()), e.text(), e.by()))
                .toList();
        var matter = matters.get(id);
        boolean mayWork = matters.mayWork(id);
        model.addAttribute("investigations", matter.kind().childAndYouth() ? investigations.forMatter(id) : List.of());
        // An adult unit ends its own matter; a child's matter closes through intake or the investigation's decision.
        model.addAttribute("mayEnd", !matter.kind().childAndYouth() && matter.open() && mayWork);
        model.addAttribute("timeline", timeline);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("mayWork", mayWork);
        model.addAttribute("levels", Level.values());
        model.addAttribute("levelForm", form);
        model.addAttribute("errors", errors);
        return "casefile/matter";
    }

    /** A stale or missing version is a conflict the service reports; an unknown level is no level. */
    private static int version(String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Level level(String value) {
        try {
            return value == null || value.isBlank() ? null : Level.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
