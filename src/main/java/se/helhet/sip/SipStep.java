package se.helhet.sip;

/** The steps of a plan, as the API and the pages name them. */
enum SipStep {
    ACCEPT("accept"),
    DECLINE("decline"),
    HOLD("hold"),
    FOLLOW_UP("follow-up");

    private final String slug;

    SipStep(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
