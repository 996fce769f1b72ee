package se.helhet.followup;

import java.util.Arrays;
import java.util.Optional;

/** The pilot's age groups in full years on the anchor date; ALL spans every age a child's matter can have. */
enum AgeGroup {
    UNDER_6("0-5", 0, 5),
    SCHOOL_AGE("6-12", 6, 12),
    TEENAGER("13-17", 13, 17),
    ALL("ALL", 0, 200);

    private final String label;
    private final int youngest;
    private final int oldest;

    AgeGroup(String label, int youngest, int oldest) {
        this.label = label;
        this.youngest = youngest;
        this.oldest = oldest;
    }

    public static Optional<AgeGroup> of(String label) {
        return Arrays.stream(values()).filter(g -> g.label.equals(label)).findFirst();
    }

    public String label() {
        return label;
    }

    int youngest() {
        return youngest;
    }

    int oldest() {
        return oldest;
    }
}
