package se.helhet.routine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import se.helhet.matter.MatterKind;

/**
 * A family's match of a routine as a reader may see it: who takes part (the matters' kinds, units and
 * responsible workers — existence, never content) and the stops with their consultations.
 */
record FamilyStops(UUID matchId, UUID routineId, String routineName, LocalDate matchedOn,
                          List<Participant> workers, List<StopView> stops) {

    /** One of the family's matters in the match, and its responsible worker; {@code matterId} null for a reader of another unit. */
    public record Participant(UUID matterId, MatterKind kind, String unitName, UUID workerId, String workerName,
                              boolean open) {
    }

    public record StopView(UUID id, UUID matchId, String routineName, int position, String name, String gate,
                           Integer workingDays, MatterKind matterKind, boolean acute, String guidance, LocalDate dueOn,
                           LocalDate eventOn, String state, boolean flagged, List<ConsultationView> consultations) {
    }

    public record ConsultationView(UUID id, LocalDate heldOn, List<UUID> participantIds, List<String> participants,
                                   String agreed, String nextStep, String recordedBy, Instant recordedAt) {
    }

    /** The first stop not yet held, for a worklist or a family's summary. */
    public StopView next() {
        return stops.stream().filter(s -> !"HELD".equals(s.state())).findFirst().orElse(null);
    }

    public long flagged() {
        return stops.stream().filter(StopView::flagged).count();
    }
}
