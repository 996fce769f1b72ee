package se.helhet.childimpact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A decision in an adult matter: what is decided, granted, refused or partly granted, why and by whom. */
record AdultDecision(UUID id, UUID matterId, UUID personId, LocalDate decidedOn, String subject, Outcome outcome,
                     String reasons, UUID decidedById, String decidedBy, String recordedBy, Instant recordedAt) {

    enum Outcome {
        GRANTED,
        REFUSED,
        PARTLY_GRANTED
    }
}
