package se.helhet.investigation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The decision that closes an investigation, with the letter sent to the family; {@code proposedBy} names the
 * investigator whose proposed decision it was taken on, null when it was written without one.
 */
public record Decision(UUID id, UUID investigationId, UUID matterId, Outcome outcome, String reasons,
                       LocalDate decidedOn, String decidedBy, String letter, Instant recordedAt, String proposedBy) {

    public Decision {
        Objects.requireNonNull(outcome, "outcome");
    }

    /** What was decided: an intervention granted or refused, or none. */
    public sealed interface Outcome {

        default DecisionOutcome code() {
            return switch (this) {
                case Granted g -> DecisionOutcome.GRANTED;
                case NotGranted n -> DecisionOutcome.NOT_GRANTED;
                case NoIntervention n -> DecisionOutcome.NO_INTERVENTION;
            };
        }

        /** The outcome named by its code; the intervention is left out where the outcome has none. */
        static Outcome of(DecisionOutcome code, String interventionCode) {
            return switch (code) {
                case GRANTED -> new Granted(interventionCode);
                case NOT_GRANTED -> new NotGranted(interventionCode);
                case NO_INTERVENTION -> new NoIntervention();
            };
        }
    }

    /** A decision on an intervention, granted or refused, names the intervention from the catalogue. */
    sealed interface OnIntervention extends Outcome {

        String interventionCode();
    }

    public record Granted(String interventionCode) implements OnIntervention {

        public Granted {
            requireIntervention(interventionCode);
        }
    }

    record NotGranted(String interventionCode) implements OnIntervention {

        public NotGranted {
            requireIntervention(interventionCode);
        }
    }

    record NoIntervention() implements Outcome {
    }

    /** Only a refusal can be appealed, and its letter says how. */
    public boolean appealable() {
        return outcome instanceof NotGranted;
    }

    private static void requireIntervention(String interventionCode) {
        if (interventionCode == null || interventionCode.isBlank()) {
            throw new IllegalArgumentException("A decision on an intervention names the intervention");
        }
    }
}
