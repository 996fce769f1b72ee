package se.helhet.intervention;

import java.util.List;

/**
 * Where an intervention stands. Offered, then the family accepts or declines; an accepted one is started,
 * and a started one is completed or ended early. Declined, completed and ended early are final.
 */
enum InterventionState {
    OFFERED(List.of(Step.ACCEPT, Step.DECLINE)),
    ACCEPTED(List.of(Step.START)),
    DECLINED(List.of()),
    STARTED(List.of(Step.COMPLETE, Step.END_EARLY)),
    COMPLETED(List.of()),
    ENDED_EARLY(List.of());

    private final List<Step> nextSteps;

    InterventionState(List<Step> nextSteps) {
        this.nextSteps = nextSteps;
    }

    /** The state in a social worker's words, "Insatsen är {word}": {@code intervention.state.<NAME>}. */
    public String labelKey() {
        return "intervention.state." + name();
    }

    public List<Step> nextSteps() {
        return nextSteps;
    }

    public boolean isFinal() {
        return nextSteps.isEmpty();
    }
}
