package se.helhet.followup;

/** What an indicator's value is: a share 0-1 of a denominator, a median number of days, or a count. */
enum IndicatorUnit {
    SHARE,
    DAYS,
    COUNT
}
