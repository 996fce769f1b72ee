package se.helhet.survey.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.ui.ExtendedModelMap;

import se.helhet.platform.InvalidInputException;
import se.helhet.survey.Answering;

/**
 * Answers that need correcting bring the questions back, which reads the code again; if the survey was
 * closed or the address locked out in between, that second reading is refused. Hard to time over HTTP, so
 * the controller is given an {@link Answering} that refuses the second time.
 */
class AnswerPagesTest {

    private static final String CLOSED = "Enkäten är inte öppen för svar just nu.";

    @Test
    void aSurveyClosedWhileTheAnswersWereCorrectedLeadsToTheCodePageSayingSo() {
        Answering answering = mock(Answering.class);
        doThrow(new InvalidInputException("q-family", "Välj ett av svarsalternativen 1-5"))
                .when(answering).submit(any(), anyMap(), any());
        when(answering.start(any(), any())).thenThrow(new InvalidInputException("code", CLOSED));
        var model = new ExtendedModelMap();

        String view = new AnswerPages(answering).submit(Map.of("code", "ABCDE-23456", "q-family", "9"), model,
                new MockHttpServletRequest());

        assertThat(view).isEqualTo("survey/code");
        assertThat(model.get("errors")).isEqualTo(Map.of("code", CLOSED));
        assertThat(model.get("code")).isEqualTo("ABCDE-23456");
    }
}
