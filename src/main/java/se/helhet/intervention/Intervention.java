package se.helhet.intervention;

import static se.helhet.intervention.InterventionState.ACCEPTED;
import static se.helhet.intervention.InterventionState.COMPLETED;
import static se.helhet.intervention.InterventionState.DECLINED;
import static se.helhet.intervention.InterventionState.ENDED_EARLY;
import static se.helhet.intervention.InterventionState.OFFERED;
import static se.helhet.intervention.InterventionState.STARTED;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import se.helhet.platform.ConflictException;
import se.helhet.platform.FieldProblem;

import se.helhet.platform.InvalidInputException;

/**
 * One intervention in a child's matter. Each step is a verb that checks where the intervention stands and
 * refuses, in words a social worker understands, what the routine does not allow; it returns the
 * intervention as it is after the step. {@code decisionId} and {@code decidedOn} are null for an open
 * intervention; {@code reason} says why the family declined or why it ended early.
 */
record Intervention(UUID id, UUID matterId, UUID childId, CatalogueEntry kind, Provider provider, UUID responsibleWorkerId,
                           String responsibleWorkerName, String goals, UUID decisionId, LocalDate decidedOn,
                           InterventionState state, Dates dates, String reason, int version) {

    static final int MAX_REASON = 2_000;

    /** The date of each step taken; null for the steps not (or never to be) taken. */
    record Dates(LocalDate offered, LocalDate accepted, LocalDate declined, LocalDate started,
                        LocalDate completed, LocalDate endedEarly) {

        public static Dates offeredOn(LocalDate offered) {
            return new Dates(offered, null, null, null, null, null);
        }

        /** The last step's date: a new step cannot be dated before it. */
        LocalDate latest() {
            LocalDate latest = offered;
            for (LocalDate d : new LocalDate[] {accepted, declined, started, completed, endedEarly}) {
                if (d != null && d.isAfter(latest)) {
                    latest = d;
                }
            }
            return latest;
        }
    }

    public Intervention accept(LocalDate on) {
        answerable();
        return next(ACCEPTED, on, new Dates(dates.offered, on, null, null, null, null), null);
    }

    public Intervention decline(LocalDate on, String why) {
        answerable();
        return next(DECLINED, on, new Dates(dates.offered, null, on, null, null, null),
                required(why, "intervention.problem.reason.declined"));
    }

    public Intervention start(LocalDate on) {
        switch (state) {
            case OFFERED -> throw refused("intervention.conflict.startBeforeAccepted");
            case DECLINED -> throw refused("intervention.conflict.startDeclined");
            case ACCEPTED -> { }
            default -> throw refused("intervention.conflict.already." + state.name());
        }
        return next(STARTED, on, new Dates(dates.offered, dates.accepted, null, on, null, null), null);
    }

    public Intervention complete(LocalDate on) {
        ending();
        return next(COMPLETED, on, new Dates(dates.offered, dates.accepted, null, dates.started, on, null), null);
    }

    public Intervention endEarly(LocalDate on, String why) {
        ending();
        return next(ENDED_EARLY, on, new Dates(dates.offered, dates.accepted, null, dates.started, null, on),
                required(why, "intervention.problem.reason.endedEarly"));
    }

    /** The step by name, as the API and the pages send it. */
    public Intervention take(Step step, LocalDate on, String why) {
        return switch (step) {
            case ACCEPT -> accept(on);
            case DECLINE -> decline(on, why);
            case START -> start(on);
            case COMPLETE -> complete(on);
            case END_EARLY -> endEarly(on, why);
        };
    }

    /**
     * When the wait for help began: the decision that granted the intervention, or else the family's
     * acceptance. Null while neither has happened.
     */
    public LocalDate waitingSince() {
        return decidedOn != null ? decidedOn : dates.accepted;
    }

    /** Days waited from {@link #waitingSince()} to the start; empty until the intervention has started. */
    public Optional<Long> waitingDays() {
        LocalDate since = waitingSince();
        return since == null || dates.started == null ? Optional.empty()
                : Optional.of(ChronoUnit.DAYS.between(since, dates.started));
    }

    /** Days waited so far for an intervention that is accepted but not started: the family is waiting now. */
    public Optional<Long> waitingSoFar(LocalDate today) {
        LocalDate since = waitingSince();
        return state != ACCEPTED || since == null ? Optional.empty()
                : Optional.of(ChronoUnit.DAYS.between(since, today));
    }

    private void answerable() {
        if (state != OFFERED) {
            throw refused("intervention.conflict.answered." + state.name());
        }
    }

    private void ending() {
        switch (state) {
            case OFFERED, ACCEPTED -> throw refused("intervention.conflict.endBeforeStarted");
            case DECLINED -> throw refused("intervention.conflict.endDeclined");
            case COMPLETED, ENDED_EARLY -> throw refused("intervention.conflict.already." + state.name());
            case STARTED -> { }
        }
    }

    private Intervention next(InterventionState to, LocalDate on, Dates changed, String why) {
        if (on == null) {
            throw new InvalidInputException("date", "intervention.problem.date.missing");
        }
        if (on.isBefore(dates.latest())) {
            throw new InvalidInputException(List.of(new FieldProblem("date",
                    "intervention.problem.date.beforeLastStep", dates.latest().toString())));
        }
        return new Intervention(id, matterId, childId, kind, provider, responsibleWorkerId, responsibleWorkerName, goals,
                decisionId, decidedOn, to, changed, why, version);
    }

    private static String required(String why, String key) {
        if (why == null || why.isBlank()) {
            throw new InvalidInputException("reason", key);
        }
        if (why.trim().length() > MAX_REASON) {
            throw new InvalidInputException(List.of(new FieldProblem("reason", "problem.text.too-long", "2 000")));
        }
        return why.trim();
    }

    // A step the current state does not allow collides with what is recorded: 409, like a duplicate.
    private static ConflictException refused(String key) {
        return new ConflictException(key);

    }
}
