package se.helhet.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import se.helhet.access.CurrentUser;
import se.helhet.access.StaffDirectory;
import se.helhet.matter.Matter;
import se.helhet.matter.Matters;
import se.helhet.person.People;
import se.helhet.worklist.Worklists;

/**
 * What the case file's header shows on every page of a matter (UX.md, "the child first"): the child, the
 * level, the responsible worker, the next deadline, the reports; the template is {@code casefile/parts :: header}.
 */
@Component
class CaseFileHeader {

    private final Matters matters;
    private final People people;
    private final StaffDirectory staff;
    private final Worklists worklists;
    private final MatterReports reports;
    private final Clock clock;

    CaseFileHeader(Matters matters, People people, StaffDirectory staff, Worklists worklists, MatterReports reports,
                   Clock clock) {
        this.matters = matters;
        this.people = people;
        this.staff = staff;
        this.worklists = worklists;
        this.reports = reports;
        this.clock = clock;
    }

    /** The header for a page of another module under the matter (case notes, interventions). */
    FileHeaderAdvice.FileHeader of(UUID matterId, String tab) {
        Matter matter = matters.get(matterId);
        return new FileHeaderAdvice.FileHeader(matter, people.get(matter.childId()),
                matter.responsibleWorkerId() == null ? null
                        : staff.byId(matter.responsibleWorkerId()).map(CurrentUser::displayName).orElse(null),
                worklists.forMatter(matterId).orElse(null), reports.of(matterId), tab);
    }

    /** Reads the matter (checking and logging the read) and puts the header's parts into the model. */
    Matter addTo(Model model, UUID matterId) {
        Matter matter = matters.get(matterId);
        model.addAttribute("matter", matter);
        model.addAttribute("child", people.get(matter.childId()));
        model.addAttribute("responsible", matter.responsibleWorkerId() == null ? null
                : staff.byId(matter.responsibleWorkerId()).map(CurrentUser::displayName).orElse(null));
        model.addAttribute("next", worklists.forMatter(matterId).orElse(null));
        model.addAttribute("reports", reports.of(matterId));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("zone", clock.getZone());
        return matter;
    }
}
