package se.helhet.instrument;

/** A scored AUDIT or DUDIT: the total and its zone by the Swedish cut-offs for the person's sex. */
public record TotalResult(Scores scores, String band) {

    public record Scores(int total) {
    }
}
