package se.helhet.audit;

/** An answer to a yes/partly/no question; NOT_APPLICABLE is left out of the shares' denominator. */
enum Answer {
    YES,
    PARTLY,
    NO,
    NOT_APPLICABLE
}
