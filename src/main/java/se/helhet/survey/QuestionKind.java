package se.helhet.survey;

/** A statement answered on a 1-5 scale with a label for each step, or a free text. */
enum QuestionKind {
    LIKERT,
    FREE_TEXT
}
