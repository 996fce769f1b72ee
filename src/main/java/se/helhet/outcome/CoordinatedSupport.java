package se.helhet.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.access.CurrentUsers;
import se.helhet.matter.Matter;
import se.helhet.matter.MatterRecordTrace;
import se.helhet.matter.Matters;
import se.helhet.platform.FieldProblems;
import se.helhet.platform.NotFoundException;
import se.helhet.trace.TracedAction;

/**
 * The questionnaire on experienced coordinated support, asked of the child and of a guardian at the end of a
 * matter and recorded by the worker. {@value #QUESTIONS} statements, each answered 1 (stämmer inte alls) to 5
 * (stämmer helt) or left out; the wording, a child and a guardian version, is in messages-outcome.
 */
@Service
class CoordinatedSupport {

    public static final int QUESTIONS = 5;
    private static final String RECORD = "coordinated-support-answer";

    private final SupportAnswerRepository answers;
    private final Matters matters;
    private final CurrentUsers currentUsers;
    private final MatterRecordTrace trace;
    private final Clock clock;

    CoordinatedSupport(SupportAnswerRepository answers, Matters matters, CurrentUsers currentUsers,
                       MatterRecordTrace trace, Clock clock) {
        this.answers = answers;
        this.matters = matters;
        this.currentUsers = currentUsers;
        this.trace = trace;
        this.clock = clock;
    }

    public List<SupportAnswer> forMatter(UUID matterId) {
        matters.read(matterId, RECORD, null);
        return answers.forMatter(matterId);
    }

    /** The same for a matter the caller has already read through {@code Matters.get} (access checked, traced). */
    public List<SupportAnswer> forMatter(Matter matter) {
        return trace.read(matter, RECORD, answers::forMatter);
    }

    @Transactional
    public SupportAnswer record(UUID matterId, SupportAnswerInput input) {
        var user = currentUsers.require();
        Matter matter = matters.workable(matterId);
        FieldProblems problems = new FieldProblems();
        Respondent respondent = problems.oneOf(Respondent.class, input.respondent(), "respondent",
                "outcome.support.problem.respondent");
        LocalDate answeredOn = answeredOn(input.answeredOn(), LocalDate.ofInstant(matter.openedAt(), clock.getZone()),
                problems);
        List<Integer> given = answers(input.answers(), problems);
        problems.refuseIfAny();
        UUID id = UUID.randomUUID();
        answers.insert(id, matterId, respondent, answeredOn, given, user.id());
        trace.record(TracedAction.CREATE, matter, RECORD, id);
        return answers.findById(id).orElseThrow(() -> new NotFoundException("outcome.support.notFound"));
    }

    private LocalDate answeredOn(String value, LocalDate opened, FieldProblems problems) {
        LocalDate on = problems.happened(value, "answeredOn", LocalDate.now(clock));
        if (on != null && on.isBefore(opened)) {
            problems.add("answeredOn", "outcome.support.problem.answeredOn", opened.toString());
        }
        return on;
    }

    /** One answer per question in order, each 1-5 or empty; at least one answered. */
    private static List<Integer> answers(List<String> values, FieldProblems problems) {
        if (values == null || values.size() != QUESTIONS) {
            problems.add("answers", "outcome.support.problem.answers", QUESTIONS);
            return List.of();
        }
        List<Integer> given = new ArrayList<>();
        for (int i = 0; i < QUESTIONS; i++) {
            given.add(problems.number(values.get(i), "answers[" + i + "]", "outcome.support.problem.answer", 1, 5));
        }
        if (problems.isEmpty() && given.stream().allMatch(a -> a == null)) {
            problems.add("answers", "outcome.support.problem.noneAnswered");
        }
        return given;
    }
}
