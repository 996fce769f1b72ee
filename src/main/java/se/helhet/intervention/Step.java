package se.helhet.intervention;

/** What staff record about an intervention after it has been offered, with the slug the pages use. */
enum Step {
    ACCEPT("acceptera"),
    DECLINE("tacka-nej"),
    START("paborja"),
    COMPLETE("avsluta"),
    END_EARLY("avsluta-i-fortid");

    private final String slug;

    Step(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    /** Decline and ending early say why; the other steps need only a date. */
    public boolean needsReason() {
        return this == DECLINE || this == END_EARLY;
    }

    public static java.util.Optional<Step> bySlug(String slug) {
        for (Step step : values()) {
            if (step.slug.equals(slug)) {
                return java.util.Optional.of(step);
            }
        }
        return java.util.Optional.empty();
    }
}
