package se.helhet.investigation;

import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.common.Deadline;
import se.helhet.intake.InvestigationOpeningDecided;
import se.helhet.matter.Matters;
import se.helhet.matter.TimelineContributor;
import se.helhet.matter.TimelineEntry;

/** Opens investigations when intake decides so, and shows them in the matter. */
@Service
public class Investigations implements TimelineContributor {

    private final InvestigationRepository investigations;
    private final Matters matters;

    Investigations(InvestigationRepository investigations, Matters matters) {
        this.investigations = investigations;
        this.matters = matters;
    }

    /**
     * Runs in the deciding transaction: the decision and the investigation it opens are stored together
     * or not at all. A second report joining a matter that is already investigated opens nothing new.
     */
    @EventListener
    @Transactional
    void on(InvestigationOpeningDecided decided) {
        if (investigations.hasOpen(decided.matterId())) {
            return;
        }
        investigations.insert(new Investigation(UUID.randomUUID(), decided.matterId(), decided.reportId(),
                decided.level(), decided.decidedOn(), Deadline.investigation(decided.decidedOn()).due(), null, null, null));
    }

    public List<Investigation> forMatter(UUID matterId) {
        matters.workable(matterId);
        return investigations.forMatter(matterId);
    }

    @Override
    public List<TimelineEntry> entriesFor(UUID matterId) {
        return investigations.forMatter(matterId).stream()
                .map(i -> new TimelineEntry(i.recordedAt(),
                        "INVESTIGATION", "Utredning inledd" + (i.level() == null ? "" : ", nivå "
                        + i.level().swedishName()) + ". Sista dag enligt lag " + i.legalDue(), null))
                .toList();
    }
}
