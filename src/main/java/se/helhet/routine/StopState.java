package se.helhet.routine;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a stop stands: held in time, passed without a consultation (its gated event came first, or its last
 * working day went by), or still ahead. A flag, never a block: the gated work was done, and the stop says so.
 */
enum StopState {
    HELD,
    PASSED_WITHOUT_CONSULTATION,
    AHEAD;

    /**
     * @param event the gated event when it happened, else null; ignored for the working-day gate
     * @param held  the days consultations were held for the stop
     */
    static StopState of(Gate gate, LocalDate dueOn, StopQueries.GateEvent event, List<LocalDate> held,
                        LocalDate today) {
        if (gate == Gate.WITHIN_WORKING_DAYS) {
            if (held.stream().anyMatch(d -> !d.isAfter(dueOn))) {
                return HELD;
            }
            return today.isAfter(dueOn) ? PASSED_WITHOUT_CONSULTATION : AHEAD;
        }
        if (event == null || event.undated()) {
            return !held.isEmpty() ? HELD : event == null ? AHEAD : PASSED_WITHOUT_CONSULTATION;
        }
        return held.stream().anyMatch(d -> !d.isAfter(event.on())) ? HELD : PASSED_WITHOUT_CONSULTATION;
    }

    public boolean flagged() {
        return this == PASSED_WITHOUT_CONSULTATION;
    }
}
