package se.helhet.investigation;

import java.time.Instant;
import java.util.UUID;

/**
 * The investigator's proposed decision (förslag till beslut) on an investigation: the outcome, the intervention
 * where the outcome names one, and the reasons, as the one who decides will read them. It is the investigator's
 * until {@code submittedAt}; from then on it waits for the decision, which may change every word of it.
 */
record Proposal(UUID investigationId, DecisionOutcome outcome, String interventionCode, String reasons,
                UUID proposedById, String proposedBy, Instant savedAt, Instant submittedAt, int version) {

    public boolean submitted() {
        return submittedAt != null;
    }
}
