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

    /** The decision planned in one matter and its consequences for this child. */
    record Consequence(UUID matterId, MatterKind kind, String unitName, String plannedDecision, String consequence) {
    }

    record Commission(String providerName, LocalDate commissionedOn, String childNeeds, String adultNeeds) {
    }
}
