package se.helhet.followup;

import se.helhet.platform.UserTexts;

/**
 * How an outcome of the logic model is measured, in the words the page shows ({@code followup.method.<NAME>} of the
 * follow-up bundle), and the page of Helhet where the measuring is done when it is not an indicator (file audits,
 * surveys, time with children).
 */
enum MeasuringMethod {
    DOCUMENTATION(null),
    SDQ(null),
    SCHOOL_DATA(null),
    FILE_AUDIT("/aktgranskning"),
    PARENT_SURVEY("/enkater"),
    STAFF_SURVEY("/enkater"),
    TIME_WITH_CHILDREN("/tid-med-barn");

    private final String page;

    MeasuringMethod(String page) {
        this.page = page;
    }

    /** The method in words, in the language of the request that shows it. */
    public String description() {
        return UserTexts.text("followup.method." + name());
    }

    /** Where the results of this method are, or null when its indicators say it all. */
    public String page() {
        return page;
    }
}
