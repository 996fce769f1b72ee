package se.helhet.intake;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import se.helhet.common.Level;

/** A child's preliminary assessment: what every outcome has, and in {@link Outcome} what only that outcome has. */
record PreliminaryAssessment(UUID reportId, UUID childId, LocalDate decidedOn, Outcome outcome,
                                    String reasoning, String decidedBy) {

    PreliminaryAssessment {
        Objects.requireNonNull(outcome, "outcome");
    }

    /** What the assessment leads to; each outcome carries exactly the facts the routine asks of it. */
    sealed interface Outcome {

        /** The outcome's name as it is stored, sent and searched for. */
        default PreliminaryOutcome code() {
            return switch (this) {
                case OpenInvestigation o -> PreliminaryOutcome.OPEN_INVESTIGATION;
                case NoInvestigation n -> PreliminaryOutcome.NO_INVESTIGATION;
                case JoinInvestigation j -> PreliminaryOutcome.JOIN_INVESTIGATION;
                case Transfer t -> PreliminaryOutcome.TRANSFER;
            };
        }
    }

    /** An investigation is opened, always at level orange or red. */
    record OpenInvestigation(Level level) implements Outcome {

        OpenInvestigation {
            if (level == null || !level.needsInvestigation()) {
                throw new IllegalArgumentException("An investigation is at level orange or red, not " + level);
            }
        }
    }

    /**
     * No investigation; a level (blue or green) and an open intervention may be given, each null when it was not.
     * Another actor the family is linked to is a referral of its own (the referral module).
     */
    record NoInvestigation(Level level, String openIntervention) implements Outcome {

        NoInvestigation {
            if (level != null && level.needsInvestigation()) {
                throw new IllegalArgumentException("Without an investigation the level is blue or green, not " + level);
            }
        }
    }

    /** The report joins an investigation already running in the child's matter. */
    record JoinInvestigation() implements Outcome {
    }

    /** The child lives in another municipality, which takes the matter over. */
    record Transfer(String municipality) implements Outcome {

        Transfer {
            if (municipality == null || municipality.isBlank()) {
                throw new IllegalArgumentException("A transfer names the municipality");
            }
        }
    }
}
