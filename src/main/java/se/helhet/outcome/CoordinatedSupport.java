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
import se.helhet.matter.Matters;
import se.helhet.person.People;
import se.helhet.platform.FieldProblem;
import se.helhet.platform.InvalidInputException;
import se.helhet.platform.IsoDates;
import se.helhet.platform.NotFoundException;
import se.helhet.trace.Trace;
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
    private final People people;
    private final CurrentUsers currentUsers;
    private final Trace trace;
    private final Clock clock;

    CoordinatedSupport(SupportAnswerRepository answers, Matters matters, People people, CurrentUsers currentUsers,
                       Trace trace, Clock clock) {
        this.answers = answers;
        this.matters = matters;
        this.people = people;
        this.currentUsers = currentUsers;
        this.trace = trace;
        this.clock = clock;
    }

    public List<SupportAnswer> forMatter(UUID matterId) {
        return forMatter(matters.get(matterId));
    }

    /** The same for a matter the caller has already read through {@code Matters.get} (access checked, traced). */
    public List<SupportAnswer> forMatter(Matter matter) {
        List<SupportAnswer> found = answers.forMatter(matter.id());
        trace.record(TracedAction.READ, RECORD, null, people.traceReference(matter.childId()));
        return found;
    }

    @Transactional
    public SupportAnswer record(UUID matterId, SupportAnswerInput input) {
        var user = currentUsers.require();
        Matter matter = matters.workable(matterId);
        List<FieldProblem> problems = new ArrayList<>();
        Respondent respondent = respondent(input.respondent(), problems);
        LocalDate answeredOn = answeredOn(input.answeredOn(), LocalDate.ofInstant(matter.openedAt(), clock.getZone()),
                problems);
        List<Integer> given = answers(input.answers(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID id = UUID.randomUUID();
        answers.insert(id, matterId, respondent, answeredOn, given, user.id());
        trace.record(TracedAction.CREATE, RECORD, id.toString(), people.traceReference(matter.childId()));
        return answers.findById(id).orElseThrow(() -> new NotFoundException("Svaren finns inte"));
    }

    private static Respondent respondent(String value, List<FieldProblem> problems) {
        try {
            return Respondent.valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("respondent", "Välj vem som svarade: barnet eller en vårdnadshavare"));
            return null;
        }
    }

    private LocalDate answeredOn(String value, LocalDate opened, List<FieldProblem> problems) {
        LocalDate on = IsoDates.happened(value, "answeredOn", LocalDate.now(clock), problems);
        if (on != null && on.isBefore(opened)) {
            problems.add(new FieldProblem("answeredOn", "Datumet ska ligga mellan " + opened
                    + ", när ärendet öppnades, och i dag"));
        }
        return on;
    }

    /** One answer per question in order, each 1-5 or empty; at least one answered. */
    private static List<Integer> answers(List<String> values, List<FieldProblem> problems) {
        if (values == null || values.size() != QUESTIONS) {
            problems.add(new FieldProblem("answers", "Ange ett svar eller en tom rad för var och en av de "
                    + QUESTIONS + " frågorna"));
            return List.of();
        }
        List<Integer> given = new ArrayList<>();
        for (int i = 0; i < QUESTIONS; i++) {
            String value = values.get(i);
            if (value == null || value.isBlank()) {
                given.add(null);
                continue;
            }
            try {
                int answer = Integer.parseInt(value.strip());
                if (answer < 1 || answer > 5) {
                    throw new NumberFormatException();
                }
                given.add(answer);
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("answers[" + i + "]", "Svara 1–5 eller lämna frågan obesvarad"));
                given.add(null);
            }
        }
        if (problems.isEmpty() && given.stream().allMatch(a -> a == null)) {
            problems.add(new FieldProblem("answers", "Minst en fråga behöver vara besvarad"));
        }
        return given;
    }
}
