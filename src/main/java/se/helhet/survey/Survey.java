package se.helhet.survey;

import java.util.List;
import java.util.UUID;

import se.helhet.platform.ConflictException;

/** A survey to one audience in one year, with its questions in order. */
record Survey(UUID id, Audience audience, int year, String title, SurveyState state, List<Question> questions) {

    public Survey {
        questions = List.copyOf(questions);
    }

    /** Questions change only before the first answer, so every answer was given to the same questions. */
    void requireDraft() {
        if (state != SurveyState.DRAFT) {
            throw new ConflictException("survey.conflict.notDraft");
        }
    }

    SurveyState opened() {
        requireDraft();
        if (questions.isEmpty()) {
            throw new ConflictException("survey.conflict.noQuestions");
        }
        return SurveyState.OPEN;
    }

    SurveyState closed() {
        if (state != SurveyState.OPEN) {
            throw new ConflictException("survey.conflict.closeNotOpen");
        }
        return SurveyState.CLOSED;
    }

    void requireOpen() {
        if (state != SurveyState.OPEN) {
            throw new ConflictException("survey.conflict.notOpen");
        }
    }

    public boolean open() {
        return state == SurveyState.OPEN;
    }

    public boolean draft() {
        return state == SurveyState.DRAFT;
    }

    /**
     * Results wait until the survey is closed, when no more answers can come: read while it is open, two
     * readings a response apart would show that one response, free texts and all.
     */
    public boolean resultsShown() {
        return state == SurveyState.CLOSED;
    }

    void requireResultsShown() {
        if (!resultsShown()) {
            throw new ConflictException("survey.conflict.resultsWhenClosed");
        }
    }
}
