package se.helhet.audit;

/** How a question is answered: yes, partly, no or not applicable; or a place on a scale of 1-5. */
enum AnswerKind {
    YES_PARTLY_NO_NA,
    SCALE
}
