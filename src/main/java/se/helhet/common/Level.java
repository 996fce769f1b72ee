package se.helhet.common;

/**
 * The four levels of the model, 1-4, with the colour names used in daily speech. Blue and green need no
 * investigation; orange is a short investigation (1-14 days); red a full one, where the one who
 * investigates does not give the intervention.
 */
public enum Level {
    BLUE(1, "blå"),
    GREEN(2, "grön"),
    ORANGE(3, "orange"),
    RED(4, "röd");

    private final int number;
    private final String swedishName;

    Level(int number, String swedishName) {
        this.number = number;
        this.swedishName = swedishName;
    }

    public int number() {
        return number;
    }

    public String swedishName() {
        return swedishName;
    }

    public boolean needsInvestigation() {
        return this == ORANGE || this == RED;
    }
}
