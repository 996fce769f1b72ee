package se.helhet.casefile;

import java.util.UUID;

import org.springframework.stereotype.Component;

import se.helhet.access.CurrentUser;
import se.helhet.access.StaffDirectory;
import se.helhet.matter.Matter;
import se.helhet.matter.Matters;
import se.helhet.person.People;
import se.helhet.worklist.Worklists;

/**
 * What the case file's header shows on every page of a matter (UX.md, "the child first"): the child, the
 * level, the responsible worker, the next deadline, the reports, and the tabs.
 */
@Component
class CaseFileHeader {

    private final Matters matters;
    private final People people;
    private final StaffDirectory staff;
    private final Worklists worklists;
    private final MatterReports reports;
    private final CaseFileTabs tabs;

    CaseFileHeader(Matters matters, People people, StaffDirectory staff, Worklists worklists, MatterReports reports,
                   CaseFileTabs tabs) {
        this.matters = matters;
        this.people = people;
        this.staff = staff;
        this.worklists = worklists;
        this.reports = reports;
        this.tabs = tabs;
    }

    /** Reads the matter and the child, which checks and logs the reads. */
    FileHeader of(UUID matterId, CaseFileTabs.Tab current) {
        Matter matter = matters.get(matterId);
        return new FileHeader(matter, people.get(matter.personId()),
                matter.responsibleWorkerId() == null ? null
                        : staff.byId(matter.responsibleWorkerId()).map(CurrentUser::displayName).orElse(null),
                worklists.forMatter(matterId).orElse(null), reports.of(matterId), tabs.of(matter.kind()), current);
    }
}
