package se.helhet.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.access.Role;
import se.helhet.platform.ConflictException;
import se.helhet.platform.InvalidInputException;
import se.helhet.platform.NotFoundException;

/**
 * Surveys for the staff who run them: administrators and unit managers create them and their questions,
 * open and close them and enter paper answers; unit managers make the one-time codes; analysts and unit
 * managers (and administrators, without free texts) read the results.
 */
@Service
class Surveys {

    public static final int MOST_CODES = 500;

    private final SurveyRepository surveys;
    private final CurrentUsers currentUsers;
    private final Tally tally;
    private final ObjectProvider<SurveyDemoData> demo;

    Surveys(SurveyRepository surveys, Tally tally, CurrentUsers currentUsers, ObjectProvider<SurveyDemoData> demo) {
        this.surveys = surveys;
        this.tally = tally;
        this.currentUsers = currentUsers;
        this.demo = demo;
    }

    public List<SurveySummary> list() {
        require(Role.ADMINISTRATOR, Role.UNIT_MANAGER, Role.ANALYST);
        return surveys.summaries();
    }

    public Survey get(UUID id) {
        require(Role.ADMINISTRATOR, Role.UNIT_MANAGER, Role.ANALYST);
        return find(id);
    }

    public boolean mayManage() {
        return currentUsers.require().hasAny(Role.ADMINISTRATOR, Role.UNIT_MANAGER);
    }

    public boolean mayMakeCodes() {
        return currentUsers.require().has(Role.UNIT_MANAGER);
    }

    /** A new survey in draft; copied from an earlier one it gets the same questions with the same keys. */
    @Transactional
    public Survey create(NewSurvey input) {
        CurrentUser user = require(Role.ADMINISTRATOR, Role.UNIT_MANAGER);
        NewSurvey.Checked checked = input.check();
        Survey source = null;
        if (checked.copyFrom() != null) {
            source = surveys.find(checked.copyFrom()).orElseThrow(
                    () -> new InvalidInputException("copyFrom", "survey.problem.copyFrom"));
        }
        UUID id = UUID.randomUUID();
        if (!surveys.insert(id, checked.audience(), checked.year(), checked.title(), user.id())) {
            throw new InvalidInputException("year", "survey.problem.year.taken");
        }
        if (source != null) {
            for (Question q : source.questions()) {
                surveys.insert(id, new Question(UUID.randomUUID(), q.position(), q.key(), q.kind(), q.text(),
                        q.scaleLabels()));
            }
        }
        return find(id);
    }

    @Transactional
    public Survey addQuestion(UUID id, NewQuestion input) {
        require(Role.ADMINISTRATOR, Role.UNIT_MANAGER);
        Survey survey = find(id);
        survey.requireDraft();
        Question question = input.check(UUID.randomUUID(), survey.questions().size() + 1);
        if (survey.questions().stream().anyMatch(q -> q.key().equals(question.key()))) {
            throw new InvalidInputException("key", "survey.question.problem.keyTaken");
        }
        surveys.insert(id, question);
        return find(id);
    }

    @Transactional
    public Survey open(UUID id) {
        require(Role.ADMINISTRATOR, Role.UNIT_MANAGER);
        surveys.changeState(id, find(id).opened());
        return find(id);
    }

    @Transactional
    public Survey close(UUID id) {
        require(Role.ADMINISTRATOR, Role.UNIT_MANAGER);
        surveys.changeState(id, find(id).closed());
        return find(id);
    }

    /**
     * New one-time codes for letters or hand-outs. They are returned this once and stored only as hashes:
     * whoever makes them prints them now, and hands them out so that nobody notes who got which.
     */
    @Transactional
    public List<String> makeCodes(UUID id, String count) {
        require(Role.UNIT_MANAGER);
        Survey survey = find(id);
        if (survey.state() == SurveyState.CLOSED) {
            throw new ConflictException("survey.conflict.closed");
        }
        int n;
        try {
            n = Integer.parseInt(count == null ? "" : count.strip());
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1 || n > MOST_CODES) {
            throw new InvalidInputException("count", "survey.problem.codeCount", String.valueOf(MOST_CODES));
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            codes.add(OneTimeCode.random().value());
        }
        surveys.insertCodes(id, codes.stream().map(OneTimeCode::hashOfTyped).toList());
        return codes;
    }

    /** One paper questionnaire, entered as written; who entered it is not stored with it. */
    @Transactional
    public void enterPaper(UUID id, Map<String, String> fields) {
        require(Role.ADMINISTRATOR, Role.UNIT_MANAGER);
        Survey survey = find(id);
        survey.requireOpen();
        surveys.insertResponse(id, Channel.PAPER, AnswerSheet.read(survey, fields));
    }

    /** The results of a closed survey; an open one is refused (see {@link Survey#resultsShown()}). */
    public SurveyResults results(UUID id) {
        CurrentUser user = require(Role.ADMINISTRATOR, Role.UNIT_MANAGER, Role.ANALYST);
        boolean texts = user.hasAny(Role.UNIT_MANAGER, Role.ANALYST);
        Survey survey = find(id);
        survey.requireResultsShown();
        return tally.results(survey, texts);
    }

    /** The survey's responses, exact once it is closed and only fewer than or at least five while it is open. */
    public ResponseCount responses(UUID id) {
        require(Role.ADMINISTRATOR, Role.UNIT_MANAGER, Role.ANALYST);
        return ResponseCount.of(find(id).state(), surveys.responseCounts(id)[0]);
    }

    /** The demo's printed codes for this survey that are still unused; none outside demo mode. */
    public List<String> demoCodes(UUID id) {
        SurveyDemoData data = demo.getIfAvailable();
        if (data == null || !mayMakeCodes()) {
            return List.of();
        }
        return data.unusedCodes(id).stream().filter(c -> surveys.surveyOfUnusedCode(OneTimeCode.hashOfTyped(c)).isPresent())
                .toList();
    }

    private Survey find(UUID id) {
        return surveys.find(id).orElseThrow(() -> new NotFoundException("survey.notFound"));
    }

    private CurrentUser require(Role... roles) {
        CurrentUser user = currentUsers.require();
        if (!user.hasAny(roles)) {
            throw new AccessDeniedException("Surveys are not for this role");
        }
        return user;
    }
}
