package se.helhet.forum;

/**
 * The age group a consultation's question is about: all an anonymous question says of the child's age. The
 * groups are the pilot's (0-5, 6-12, 13-17), so the indicators count consultations by the filter's age group.
 */
enum ConsultationAgeGroup {
    UNDER_6,
    SCHOOL_AGE,
    TEENAGER
}
