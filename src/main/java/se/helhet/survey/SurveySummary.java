package se.helhet.survey;

import java.util.UUID;

/** A survey in the list: what it is, its state, how many questions it has and its responses as may be told. */
record SurveySummary(UUID id, Audience audience, int year, String title, SurveyState state, int questions,
                            ResponseCount responses) {
}
