package se.helhet.instrument;

/** A scored AUDIT or DUDIT: the total and its zone by the Swedish cut-offs for the person's sex. */
record TotalResult(Scores scores, String band) {

    record Scores(int total) {
    }
}
