package se.helhet.followup;

/** How an outcome of the logic model is measured, in the words the page shows. */
public enum MeasuringMethod {
    DOCUMENTATION("beräknas ur dokumentationen"),
    SDQ("SDQ vid start och slut"),
    SCHOOL_DATA("uppgifter från skolan vid start och slut, med vårdnadshavarnas samtycke"),
    FILE_AUDIT("aktgranskning"),
    PARENT_SURVEY("enkät till föräldrar och barn"),
    STAFF_SURVEY("enkät till medarbetare"),
    TIME_WITH_CHILDREN("tid med barn");

    private final String description;

    MeasuringMethod(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
