package se.helhet.outcome;

/** How the school's results are given: the younger child's development plan, or grades. */
enum ResultKind {
    /** Individuell utvecklingsplan: the school's assessments, passed meaning at or above the expected level. */
    IUP,
    /** Betyg: passed meaning E or higher. */
    GRADES
}
