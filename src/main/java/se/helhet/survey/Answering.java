package se.helhet.survey;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.platform.InvalidInputException;

/**
 * Answering with a one-time code, with no login: the code opens its survey once. The code is marked used
 * and the answers stored in one transaction, and the answers carry nothing of the code, the client or the
 * time. Wrong codes are counted per client address (in memory only) and slowed by {@link CodeThrottle}.
 */
@Service
class Answering {

    private static final String WRONG = "survey.problem.code.wrong";
    private static final String LOCKED = "survey.problem.code.locked";

    private final SurveyRepository surveys;
    private final CodeThrottle throttle;

    Answering(SurveyRepository surveys, CodeThrottle throttle) {
        this.surveys = surveys;
        this.throttle = throttle;
    }

    /** The open survey the code belongs to, for showing its questions; the code stays unused. */
    public Survey start(String code, String client) {
        if (throttle.isLocked(client)) {
            throw new InvalidInputException("code", LOCKED);
        }
        String hash = OneTimeCode.hashOfTyped(code);
        Survey survey = hash == null ? null : surveys.surveyOfUnusedCode(hash).flatMap(surveys::find).orElse(null);
        if (survey == null) {
            throttle.wrongCode(client);
            throw new InvalidInputException("code", WRONG);
        }
        if (!survey.open()) {
            throw new InvalidInputException("code", "survey.problem.code.notOpen");
        }
        return survey;
    }

    /** Stores the answers and uses up the code; a code used in between (another tab) is refused. */
    @Transactional
    public void submit(String code, Map<String, String> fields, String client) {
        Survey survey = start(code, client);
        var answers = AnswerSheet.read(survey, fields);
        if (!surveys.use(OneTimeCode.hashOfTyped(code))) {
            throw new InvalidInputException("code", WRONG);
        }
        surveys.insertResponse(survey.id(), Channel.CODE, answers);
    }
}
