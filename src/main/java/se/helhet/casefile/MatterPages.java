package se.helhet.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.helhet.investigation.Investigations;
import se.helhet.matter.CaseFileTab;
import se.helhet.matter.Matters;

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

    @GetMapping("/arenden/{id}")
    String matter(@PathVariable UUID id, Model model) {
        List<TimelineRow> timeline = matters.timeline(id).stream()
                .map(e -> new TimelineRow(LocalDateTime.ofInstant(e.at(), clock.getZone()), e.text(), e.by()))
                .toList();
        model.addAttribute("investigations", investigations.forMatter(id));
        model.addAttribute("timeline", timeline);
        model.addAttribute("today", LocalDate.now(clock));
        return "casefile/matter";
    }
}
