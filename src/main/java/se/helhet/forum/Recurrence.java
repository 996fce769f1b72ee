package se.helhet.forum;

/** How often a forum meets; the message bundle has the words (forum.recurrence.&lt;NAME&gt;). */
enum Recurrence {
    WEEKLY,
    EVERY_OTHER_WEEK,
    MONTHLY,
    TWICE_A_TERM
}
