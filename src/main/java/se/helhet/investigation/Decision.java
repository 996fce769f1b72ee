package se.helhet.investigation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The decision that closes an investigation, with the letter sent to the family. */
public record Decision(UUID id, UUID investigationId, UUID matterId, Outcome outcome, String interventionCode,
                       String reasons, LocalDate decidedOn, String decidedBy, boolean appealable, String letter,
                       Instant recordedAt) {

    public enum Outcome {
        /** The intervention applied for or proposed is granted (bistånd beviljas). */
        GRANTED,
        /** Refused: the family may appeal. */
        NOT_GRANTED,
        /** The investigation ends without an intervention (no need found, or the family declines). */
        NO_INTERVENTION
    }
}
