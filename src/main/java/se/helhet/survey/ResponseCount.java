package se.helhet.survey;

/**
 * How many responses a survey has, as far as it may be told: the exact number once the survey is closed (or
 * while it is a draft, with none); while it is open only whether there are fewer than five or five or more,
 * so that a count watched while codes are handed out does not show when each response came.
 */
record ResponseCount(Long exact, boolean fiveOrMore) {

    static ResponseCount of(SurveyState state, long count) {
        return new ResponseCount(state == SurveyState.OPEN ? null : count, count >= QuestionResult.FEWEST_SHOWN);
    }
}
