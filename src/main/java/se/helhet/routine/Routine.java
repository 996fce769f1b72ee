package se.helhet.routine;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import se.helhet.matter.MatterKind;

/**
 * A routine as the administrator wrote it: it applies when a matter of every kind in {@code appliesWhen} is open
 * at the same time in one family; the workers of {@code alsoInvolves} matters open in the family take part too.
 */
record Routine(UUID id, String name, String description, Set<MatterKind> appliesWhen, Set<MatterKind> alsoInvolves,
               boolean active, List<Step> stops) {

    /** One stop of the routine; {@code workingDays} only for the working-day gate, {@code matterKind} optional. */
    record Step(int position, String name, Gate gate, Integer workingDays, MatterKind matterKind, boolean acute,
                String guidance) {
    }

    boolean concerns(MatterKind kind) {
        return appliesWhen.contains(kind) || alsoInvolves.contains(kind);
    }
}
