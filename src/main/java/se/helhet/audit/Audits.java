package se.helhet.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
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
import se.helhet.access.StaffDirectory;
import se.helhet.access.Unit;
import se.helhet.access.UnitKind;
import se.helhet.matter.Matters;
import se.helhet.person.ListedPerson;
import se.helhet.person.People;
import se.helhet.platform.ConflictException;
import se.helhet.platform.FieldProblem;
import se.helhet.platform.InvalidInputException;
import se.helhet.platform.NotFoundException;
import se.helhet.trace.Trace;
import se.helhet.trace.TracedAction;

/** Setting up audits, drawing their samples, answering per matter, and the results per question. */
@Service
public class Audits {

    private static final String ANSWERS = "audit-answer";
    private static final String SAMPLE = "audit-sample";
    private static final int SMALLEST_SHOWN = 5;

    private final AuditRepository audits;
    private final Matters matters;
    private final People people;
    private final StaffDirectory staff;
    private final CurrentUsers currentUsers;
    private final Trace trace;
    private final Clock clock;

    Audits(AuditRepository audits, Matters matters, People people, StaffDirectory staff, CurrentUsers currentUsers,
           Trace trace, Clock clock) {
        this.audits = audits;
        this.matters = matters;
        this.people = people;
        this.staff = staff;
        this.currentUsers = currentUsers;
        this.trace = trace;
        this.clock = clock;
    }

    public List<AuditKey> keys() {
        AuditAccess.requireResults(currentUsers.require());
        return audits.keys();
    }

    public AuditKey key(UUID id) {
        AuditAccess.requireResults(currentUsers.require());
        return audits.key(id).orElseThrow(() -> new NotFoundException("Granskningsnyckeln finns inte"));
    }

    /**
     * A new review key, or a new version of the key with the same code: keys are never changed, so every
     * audit keeps the questions it answered.
     */
    @Transactional
    public AuditKey createKey(NewAuditKey input) {
        AuditAccess.requireConducts(currentUsers.require());
        AuditKey checked = AuditKeyRules.check(input, UUID.randomUUID(), 1);
        AuditKey key = new AuditKey(checked.id(), checked.code(), audits.nextVersion(checked.code()), checked.name(),
                checked.description(), checked.questions());
        audits.insert(key);
        return key;
    }

    /** The units an audit may draw from: those that hold children's matters. */
    public List<Unit> units() {
        return staff.units().stream()
                .filter(u -> u.kind() == UnitKind.CHILDREN_AND_YOUTH || u.kind() == UnitKind.INTAKE).toList();
    }

    @Transactional
    public Audit create(NewAudit input) {
        CurrentUser user = currentUsers.require();
        AuditAccess.requireConducts(user);
        Set<UUID> keys = audits.keys().stream().map(AuditKey::id).collect(Collectors.toSet());
        Set<UUID> units = units().stream().map(Unit::id).collect(Collectors.toSet());
        AuditRules.Checked checked = AuditRules.check(input, keys, units);
        UUID id = UUID.randomUUID();
        audits.insert(id, checked, user.id());
        return audits.audit(id).orElseThrow();
    }

    /**
     * Draws the sample and stores it as the audit's matters; once only, so the sample cannot be redrawn
     * until it suits someone. Storing which matters are audited is traced for each child.
     */
    @Transactional
    public Audit draw(UUID id) {
        AuditAccess.requireConducts(currentUsers.require());
        get(id);
        if (!audits.draw(id, clock.instant())) {
            throw new ConflictException("Urvalet är redan draget. Samma kriterier och frö ger samma ärenden.");
        }
        trace.recordAll(TracedAction.CREATE, SAMPLE, audits.sample(id).stream()
                .map(m -> people.traceReference(m.childId())).toList());
        return get(id);
    }

    public List<Audit> list() {
        AuditAccess.requireResults(currentUsers.require());
        return audits.audits();
    }

    public Audit get(UUID id) {
        AuditAccess.requireResults(currentUsers.require());
        return audits.audit(id).orElseThrow(() -> new NotFoundException("Granskningen finns inte"));
    }

    /** The sampled matters in the order drawn: which children's files are audited, a read traced per child. */
    public List<AuditMatter> sample(UUID id) {
        List<AuditMatter> sample = untracedSample(id);
        trace.recordAll(TracedAction.READ, SAMPLE, sample.stream().map(m -> people.traceReference(m.childId())).toList());
        return sample;
    }

    /** The sample in the order drawn with each child as a list shows them, read (and traced) through People. */
    public SampleWithChildren sampleWithChildren(UUID id) {
        List<AuditMatter> sample = untracedSample(id);
        return new SampleWithChildren(sample, people.listed(sample.stream().map(AuditMatter::childId).toList(), SAMPLE));
    }

    /** The sampled matters and, by child id, the children the reader may see (a protected one without name). */
    public record SampleWithChildren(List<AuditMatter> matters, Map<UUID, ListedPerson> children) {
    }

    /** One sampled matter and its neighbours in the draw (null at the ends), for moving from file to file. */
    public List<AuditMatter> withNeighbours(UUID id, UUID matterId) {
        List<AuditMatter> sample = untracedSample(id);
        AuditMatter matter = sampled(id, matterId);
        int at = sample.indexOf(matter);
        return Arrays.asList(at > 0 ? sample.get(at - 1) : null, matter,
                at < sample.size() - 1 ? sample.get(at + 1) : null);
    }

    public AuditMatter sampled(UUID id, UUID matterId) {
        return untracedSample(id).stream().filter(m -> m.matterId().equals(matterId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Ärendet ingår inte i granskningens urval"));
    }

    /** Matter ids, levels and progress only: the callers show no child without People or the trace. */
    private List<AuditMatter> untracedSample(UUID id) {
        AuditAccess.requireConducts(currentUsers.require());
        get(id);
        return audits.sample(id);
    }

    /** The answers given so far about one matter, comments included: a read of the child's record, traced. */
    public List<GivenAnswer> answers(UUID id, UUID matterId) {
        AuditMatter matter = readableMatter(id, matterId);
        List<GivenAnswer> answers = audits.answers(id, matterId);
        trace.record(TracedAction.READ, ANSWERS, id + "/" + matterId, people.traceReference(matter.childId()));
        return answers;
    }

    /**
     * Saves the answers given (the others stay as they were) and, when {@code reviewed} is given, marks the
     * matter reviewed (every question answered) or takes the mark away again.
     */
    @Transactional
    public List<GivenAnswer> answer(UUID id, UUID matterId, List<GivenAnswer> given, Boolean reviewed) {
        CurrentUser user = currentUsers.require();
        AuditMatter matter = readableMatter(id, matterId);
        AuditKey key = audits.key(get(id).keyId()).orElseThrow();
        List<FieldProblem> problems = new ArrayList<>();
        given.forEach(g -> AnswerRules.check(key, g, problems));
        Map<Integer, GivenAnswer> byQuestion = given.stream()
                .collect(Collectors.toMap(GivenAnswer::question, Function.identity(), (a, b) -> b));
        if (Boolean.TRUE.equals(reviewed) && problems.isEmpty()) {
            Map<Integer, GivenAnswer> stored = audits.answers(id, matterId).stream()
                    .collect(Collectors.toMap(GivenAnswer::question, Function.identity()));
            stored.putAll(byQuestion);
            key.questions().stream().filter(q -> stored.get(q.number()) == null || !stored.get(q.number()).answered())
                    .forEach(q -> problems.add(new FieldProblem("q" + q.number(),
                            "Fråga " + q.number() + " är inte besvarad: besvara alla frågor innan ärendet markeras granskat")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        byQuestion.values().forEach(g -> audits.save(id, matterId, key.question(g.question()).orElseThrow().id(), g,
                user.id()));
        if (reviewed != null) {
            audits.markReviewed(id, matterId, user.id(), reviewed ? clock.instant() : null);
        }
        trace.record(TracedAction.UPDATE, ANSWERS, id + "/" + matterId, people.traceReference(matter.childId()));
        return audits.answers(id, matterId);
    }

    /** Per question over the reviewed matters; the comments, traced, only for those who conduct audits. */
    public AuditResults results(UUID id) {
        CurrentUser user = currentUsers.require();
        Audit audit = get(id);
        AuditKey key = audits.key(audit.keyId()).orElseThrow();
        if (hidesResults(audit)) {
            return new AuditResults(audit, List.of(), null, true);
        }
        List<QuestionResult> results = audits.results(audit, key);
        if (!AuditAccess.conducts(user)) {
            return new AuditResults(audit, results, null, false);
        }
        List<AuditComment> comments = audits.comments(id);
        Map<UUID, UUID> children = audits.sample(id).stream()
                .collect(Collectors.toMap(AuditMatter::matterId, AuditMatter::childId));
        trace.recordAll(TracedAction.READ, ANSWERS, comments.stream().map(AuditComment::matterId).distinct()
                .map(m -> people.traceReference(children.get(m))).toList());
        return new AuditResults(audit, results, comments, false);
    }

    /** Two audits with the same key, question by question: the second minus the first; empty when hidden. */
    public List<QuestionComparison> compare(UUID first, UUID second) {
        Audit a = get(first);
        Audit b = get(second);
        if (!a.keyId().equals(b.keyId())) {
            throw new InvalidInputException("second",
                    "Granskningarna använder olika nycklar eller versioner av nyckeln och kan inte jämföras fråga för fråga");
        }
        if (hidesResults(a) || hidesResults(b)) {
            return List.of();
        }
        AuditKey key = audits.key(a.keyId()).orElseThrow();
        List<QuestionResult> before = audits.results(a, key);
        List<QuestionResult> after = audits.results(b, key);
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

    /** Whether the current user sees the sample, the answers and the comments, not only the results. */
    public boolean conducts() {
        return AuditAccess.conducts(currentUsers.require());
    }

    private AuditMatter readableMatter(UUID id, UUID matterId) {
        AuditAccess.requireConducts(currentUsers.require());
        AuditMatter matter = sampled(id, matterId);
        if (!matters.mayRead(matterId)) {
            throw new AccessDeniedException("No right to this matter");
        }
        return matter;
    }
}
