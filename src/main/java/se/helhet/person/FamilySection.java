package se.helhet.person;

/**
 * A part of the family view that another module contributes: the consents in force, the stops, the SIPs, the
 * safety scale. The family view ({@code /familjer/{personId}} and {@code GET /api/v1/families/{personId}}) asks
 * every section and shows what it returns, so it knows none of the modules, as the case file's tabs are
 * declared by theirs ({@code matter.CaseFileTab}).
 *
 * <p>A section shows only what the current reader may see, checks that itself and traces its reads, and never
 * names a protected member for a reader without the right ({@link ListedPerson#hidden}).
 */
public interface FamilySection {

    /** The section's key in the API's {@code sections} object and the page's anchor, e.g. {@code stops}. */
    String key();

    /** The section's place on the page, smallest first. */
    int order();

    /**
     * The Thymeleaf fragment that renders the section, e.g. {@code routine/family :: stops}; it finds what
     * {@link #contentFor} returned in the model variable {@code section}.
     */
    String fragment();

    /** What the reader may see of this part for the family, or null when there is nothing to show. */
    Object contentFor(FamilyContext family);

    /**
     * The family the view is opened for.
     *
     * @param personId  the person whose family view it is
     * @param memberIds every member of the family, the person included
     */
    record FamilyContext(java.util.UUID personId, java.util.List<java.util.UUID> memberIds) {
    }
}
