package se.helhet.childimpact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import se.helhet.matter.MatterKind;

/** One child's joint analysis, the consequences per matter, and the joint commission when one was written. */
record ChildImpactAnalysis(UUID id, UUID childId, LocalDate madeOn, String situation, String childViews,
                           String howHeard, String jointAssessment, List<UUID> participantIds,
                           List<String> participants, List<Consequence> consequences, Commission commission,
                           String recordedBy, Instant recordedAt) {

    /**
     * The decision planned in one matter and its consequences for this child, written by a worker of that matter.
     * A reader who may not read the matter sees its kind and unit and whether the part is written, never the
     * matter's id or the part's text; {@code mayWrite} when the part is awaited and the reader may work in the
     * matter.
     */
    record Consequence(UUID matterId, MatterKind kind, String unitName, boolean written, String plannedDecision,
                       String consequence, String writtenBy, boolean mayWrite) {
    }

    /** Whether a part of the analysis waits for the reader to write it. */
    public boolean awaitsReader() {
        return consequences.stream().anyMatch(Consequence::mayWrite);
    }

    record Commission(String providerName, LocalDate commissionedOn, String childNeeds, String adultNeeds) {
    }
}
