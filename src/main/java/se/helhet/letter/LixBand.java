package se.helhet.letter;

/** The usual bands of LIX, each from its lower bound up to the next band's. */
public enum LixBand {
    VERY_EASY(0), EASY(30), MEDIUM(40), HARD(50), VERY_HARD(60);

    private final int from;

    LixBand(int from) {
        this.from = from;
    }

    static LixBand of(double lix) {
        LixBand band = VERY_EASY;
        for (LixBand b : values()) {
            if (lix >= b.from) {
                band = b;
            }
        }
        return band;
    }
}
