package se.helhet.survey;

/** Who a survey asks: staff who work with children, adults and families, or parents. */
enum Audience {
    STAFF,
    PARENTS
}
