/**
 * The family view: one family across every unit of the social services. Its members with their roles, every
 * open and recently closed matter of every unit as far as the reader may see it (the content of what they may
 * read, and the bare existence of the other units' open matters for a reader who has an open matter of their own
 * in the family), the responsible workers, the next deadlines, and the parts other modules contribute
 * ({@link se.helhet.person.FamilySection}). It also gives the person page the person's matters and reports.
 * It owns no data.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "access", "common", "matter", "person", "platform", "routine", "worklist" })
package se.helhet.family;
