package se.helhet.intake;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.helhet.matter.TimelineContributor;
import se.helhet.matter.TimelineEntry;

/** Reports and the first assessments, as they appear in the matter's timeline. */
@Component
class IntakeTimeline implements TimelineContributor {

    private final ReportRepository reports;

    IntakeTimeline(ReportRepository reports) {
        this.reports = reports;
    }

    @Override
    public List<TimelineEntry> entriesFor(UUID matterId) {
        return reports.timeline(matterId);
    }
}
