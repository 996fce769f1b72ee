package se.helhet.outcome;

/** Who answered the questionnaire on coordinated support; the child has a version in plainer words. */
enum Respondent {
    CHILD,
    GUARDIAN
}
