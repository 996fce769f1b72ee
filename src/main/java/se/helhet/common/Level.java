package se.helhet.common;

/**
 * The four levels of the model, 1-4, with the colour names used in daily speech. Blue and green need no
 * investigation; orange is a short investigation (1-14 days); red a full one, where the one who
 * investigates does not give the intervention.
 */
public enum Level {
    BLUE(1),
    GREEN(2),
    ORANGE(3),
    RED(4);

    private final int number;

    Level(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** The colour's name in daily speech ("orange"), chosen in the language where it is shown. */
    public Phrase label() {
        return new Phrase("level." + name());
    }

    public boolean needsInvestigation() {
        return this == ORANGE || this == RED;
    }
}
