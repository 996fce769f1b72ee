package se.helhet.survey;

import java.util.UUID;

/** A survey in the list: what it is, its state, and how many questions and responses it has. */
public record SurveySummary(UUID id, Audience audience, int year, String title, SurveyState state, int questions,
                            long responses) {
}
