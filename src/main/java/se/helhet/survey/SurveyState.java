package se.helhet.survey;

/** A survey is drafted (questions may change), open (answers are taken), then closed. */
enum SurveyState {
    DRAFT,
    OPEN,
    CLOSED
}
