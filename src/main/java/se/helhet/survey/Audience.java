package se.helhet.survey;

/** Who a survey asks: staff who work with children, adults and families, or parents. */
public enum Audience {
    STAFF,
    PARENTS
}
