package se.helhet.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.matter.Matters;
import se.helhet.person.People;
import se.helhet.platform.ConflictException;
import se.helhet.platform.FieldProblems;
import se.helhet.platform.InvalidInputException;
import se.helhet.trace.Trace;
import se.helhet.trace.TracedAction;

/** Answering the key about each sampled matter, and the results per question, alone or compared. */
@Service
class AuditAnswers {

    private static final String ANSWERS = "audit-answer";
    private static final int SMALLEST_SHOWN = 5;
    private static final String SAVED_BY_SOMEONE_ELSE = "audit.conflict.answeredByOther";

    private final AuditAnswerRepository answers;
    private final AuditKeyRepository keys;
    private final AuditRepository audits;
    private final Audits auditing;
    private final Matters matters;
    private final People people;
    private final CurrentUsers currentUsers;
    private final Trace trace;
    private final Clock clock;

    AuditAnswers(AuditAnswerRepository answers, AuditKeyRepository keys, AuditRepository audits, Audits auditing,
                 Matters matters, People people, CurrentUsers currentUsers, Trace trace, Clock clock) {
        this.answers = answers;
        this.keys = keys;
        this.audits = audits;
        this.auditing = auditing;
        this.matters = matters;
        this.people = people;
        this.currentUsers = currentUsers;
        this.trace = trace;
        this.clock = clock;
    }

    /** The answers given so far about one matter, comments included: a read of the child's record, traced. */
    public List<GivenAnswer> given(UUID id, UUID matterId) {
        auditing.sampled(id, matterId);
        matters.read(matterId, ANSWERS, id + "/" + matterId);
        return answers.answers(id, matterId);
    }

    /** The answers about a matter after a save, and the matter's version to send with the next save. */
    record Saved(List<GivenAnswer> answers, int version) {
    }

    /**
     * Saves the answers given (the others stay as they were) and, when {@code reviewed} is given, marks the
     * matter reviewed (every question answered) or takes the mark away again. With the {@code version} the
     * reviewer's form was opened at (null: not checked), a save after someone else's is refused, not merged.
     */
    @Transactional
    public Saved answer(UUID id, UUID matterId, List<GivenAnswer> given, Boolean reviewed, Integer version) {
        CurrentUser user = currentUsers.require();
        AuditMatter matter = auditedMatter(id, matterId);
        AuditKey key = keys.key(auditing.get(id).keyId()).orElseThrow();
        FieldProblems problems = new FieldProblems();
        given.forEach(g -> AnswerRules.check(key, g, problems));
        Map<Integer, GivenAnswer> byQuestion = given.stream()
                .collect(Collectors.toMap(GivenAnswer::question, Function.identity(), (a, b) -> b));
        if (Boolean.TRUE.equals(reviewed) && problems.isEmpty()) {
            Map<Integer, GivenAnswer> stored = answers.answers(id, matterId).stream()
                    .collect(Collectors.toMap(GivenAnswer::question, Function.identity()));
            stored.putAll(byQuestion);
            key.questions().stream().filter(q -> stored.get(q.number()) == null || !stored.get(q.number()).answered())
                    .forEach(q -> problems.add("q" + q.number(),
                            "audit.problem.unanswered", q.number()));
        }
        problems.refuseIfAny();
        int current = answers.lockedVersion(id, matterId);
        if (version != null && version != current) {
            throw new ConflictException(SAVED_BY_SOMEONE_ELSE);
        }
        boolean changed = false;
        for (GivenAnswer g : byQuestion.values()) {
            changed |= answers.save(id, matterId, key.question(g.question()).orElseThrow().id(), g, user.id());
        }
        if (reviewed != null) {
            changed |= answers.markReviewed(id, matterId, user.id(), reviewed ? clock.instant() : null);
        }
        trace.record(TracedAction.UPDATE, ANSWERS, id + "/" + matterId, people.traceReference(matter.childId()));
        return new Saved(answers.answers(id, matterId), changed ? answers.nextVersion(id, matterId) : current);
    }

    /**
     * Per question over the reviewed matters; the comments, traced, only for those who conduct audits, and for a
     * unit manager only about the matters they may read (comments can name people).
     */
    public AuditResults results(UUID id) {
        CurrentUser user = currentUsers.require();
        Audit audit = auditing.get(id);
        if (hidesResults(audit)) {
            return new AuditResults(audit, List.of(), null, true);
        }
        List<QuestionResult> results = answers.results(audit, keys.key(audit.keyId()).orElseThrow());
        if (!AuditAccess.conducts(user)) {
            return new AuditResults(audit, results, null, false);
        }
        List<AuditComment> all = answers.comments(id);
        Set<UUID> commented = all.stream().map(AuditComment::matterId).collect(Collectors.toSet());
        Set<UUID> readable = AuditAccess.acrossUnits(user) ? commented : matters.readable(commented);
        List<AuditComment> comments = all.stream().filter(c -> readable.contains(c.matterId())).toList();
        Map<UUID, UUID> children = audits.sample(id).stream()
                .collect(Collectors.toMap(AuditMatter::matterId, AuditMatter::childId));
        trace.recordAll(TracedAction.READ, ANSWERS, people.traceReferences(comments.stream()
                .map(AuditComment::matterId).distinct().map(children::get).toList()));
        return new AuditResults(audit, results, comments, false);
    }

    /** Two audits with the same key, question by question: the second minus the first; empty when hidden. */
    public List<QuestionComparison> compare(UUID first, UUID second) {
        Audit a = auditing.get(first);
        Audit b = auditing.get(second);
        if (!a.keyId().equals(b.keyId())) {
            throw new InvalidInputException("second",
                    "audit.problem.differentKeys");
        }
        if (hidesResults(a) || hidesResults(b)) {
            return List.of();
        }
        AuditKey key = keys.key(a.keyId()).orElseThrow();
        List<QuestionResult> before = answers.results(a, key);
        List<QuestionResult> after = answers.results(b, key);
        List<QuestionComparison> rows = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            rows.add(QuestionComparison.of(before.get(i), after.get(i)));
        }
        return rows;
    }

    /**
     * The analyst sees no numbers of an audit with fewer than five reviewed matters: with the criteria in view,
     * so few could point to a worker's or a family's file. Those who conduct audits see them as they are.
     */
    public boolean hidesResults(Audit audit) {
        return !AuditAccess.conducts(currentUsers.require()) && audit.reviewed() < SMALLEST_SHOWN;
    }

    /** A sampled matter the auditor may read, for saving answers: the save is the write, traced where it is stored. */
    private AuditMatter auditedMatter(UUID id, UUID matterId) {
        AuditMatter matter = auditing.sampled(id, matterId);
        if (matters.readable(Set.of(matterId)).isEmpty()) {
            throw new AccessDeniedException("No right to this matter");
        }
        return matter;
    }
}
