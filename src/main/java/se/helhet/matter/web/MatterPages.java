package se.helhet.matter.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.helhet.access.CurrentUser;
import se.helhet.access.StaffDirectory;
import se.helhet.matter.Matter;
import se.helhet.matter.Matters;
import se.helhet.person.People;

/**
 * The child's matter: the child first (UX.md), then investigations and the timeline.
 *
 * <p>The investigations section reads {@code Investigations} from the template, not from here: the
 * investigation module depends on this one, and a Java dependency back would be a module cycle.
 */
@Controller
class MatterPages {

    /** One timeline row in local time; {@code by} is null for what the system did. */
    record TimelineRow(LocalDateTime at, String text, String by) {
    }

    private final Matters matters;
    private final People people;
    private final StaffDirectory staff;
    private final Clock clock;

    MatterPages(Matters matters, People people, StaffDirectory staff, Clock clock) {
        this.matters = matters;
        this.people = people;
        this.staff = staff;
        this.clock = clock;
    }

    @GetMapping("/arenden/{id}")
    String matter(@PathVariable UUID id, Model model) {
        Matter matter = matters.get(id);
        List<TimelineRow> timeline = matters.timeline(id).stream()
                .map(e -> new TimelineRow(LocalDateTime.ofInstant(e.at(), clock.getZone()), e.text(), e.by()))
                .toList();
        model.addAttribute("matter", matter);
        model.addAttribute("child", people.get(matter.childId()));
        model.addAttribute("opened", LocalDate.ofInstant(matter.openedAt(), clock.getZone()));
        model.addAttribute("responsible", matter.responsibleWorkerId() == null ? null
                : staff.byId(matter.responsibleWorkerId()).map(CurrentUser::displayName).orElse(null));
        model.addAttribute("timeline", timeline);
        model.addAttribute("today", LocalDate.now(clock));
        return "matter/detail";
    }
}
