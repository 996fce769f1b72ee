package se.helhet.followup;

/**
 * How an outcome of the logic model is measured, in the words the page shows, and the page of Helhet where
 * the measuring is done when it is not an indicator (file audits, surveys, time with children).
 */
enum MeasuringMethod {
    DOCUMENTATION("beräknas ur dokumentationen", null),
    SDQ("SDQ vid start och slut", null),
    SCHOOL_DATA("uppgifter från skolan vid start och slut, med vårdnadshavarnas samtycke", null),
    FILE_AUDIT("aktgranskning", "/aktgranskning"),
    PARENT_SURVEY("enkät till föräldrar och barn", "/enkater"),
    STAFF_SURVEY("enkät till medarbetare", "/enkater"),
    TIME_WITH_CHILDREN("tid med barn", "/tid-med-barn");

    private final String description;
    private final String page;

    MeasuringMethod(String description, String page) {
        this.description = description;
        this.page = page;
    }

    public String description() {
        return description;
    }

    /** Where the results of this method are, or null when its indicators say it all. */
    public String page() {
        return page;
    }
}
