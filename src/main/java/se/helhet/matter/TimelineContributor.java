package se.helhet.matter;

import java.util.List;
import java.util.UUID;

/**
 * Implemented by each module that records events in a matter (reports, assessments, investigations …), so
 * the timeline gathers them without the matter module knowing those modules.
 */
public interface TimelineContributor {

    List<TimelineEntry> entriesFor(UUID matterId);
}
