package se.helhet.intervention;

import java.util.List;

/**
 * Where an intervention stands. Offered, then the family accepts or declines; an accepted one is started,
 * and a started one is completed or ended early. Declined, completed and ended early are final.
 */
enum InterventionState {
    OFFERED("erbjuden", List.of(Step.ACCEPT, Step.DECLINE)),
    ACCEPTED("accepterad", List.of(Step.START)),
    DECLINED("avböjd", List.of()),
    STARTED("påbörjad", List.of(Step.COMPLETE, Step.END_EARLY)),
    COMPLETED("avslutad", List.of()),
    ENDED_EARLY("avslutad i förtid", List.of());

    private final String word;
    private final List<Step> nextSteps;

    InterventionState(String word, List<Step> nextSteps) {
        this.word = word;
        this.nextSteps = nextSteps;
    }

    /** The state in a social worker's words: "Insatsen är {word}". */
    public String word() {
        return word;
    }

    public List<Step> nextSteps() {
        return nextSteps;
    }

    public boolean isFinal() {
        return nextSteps.isEmpty();
    }
}
