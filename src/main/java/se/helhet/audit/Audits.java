package se.helhet.audit;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
import se.helhet.platform.InvalidInputException;
import se.helhet.platform.NotFoundException;
import se.helhet.trace.Trace;
import se.helhet.trace.TracedAction;

/** Setting up audits, drawing their samples once, and the sample with the progress of its review. */
@Service
class Audits {

    private static final String SAMPLE = "audit-sample";

    /** The sampled matters and, by child id, the children the reader may see (a protected one without name). */
    record SampleWithChildren(List<AuditMatter> matters, Map<UUID, ListedPerson> children) {
    }

    private final AuditRepository audits;
    private final AuditKeyRepository keys;
    private final People people;
    private final Matters matters;
    private final StaffDirectory staff;
    private final CurrentUsers currentUsers;
    private final Trace trace;
    private final Clock clock;

    Audits(AuditRepository audits, AuditKeyRepository keys, People people, Matters matters, StaffDirectory staff,
           CurrentUsers currentUsers, Trace trace, Clock clock) {
        this.audits = audits;
        this.keys = keys;
        this.people = people;
        this.matters = matters;
        this.staff = staff;
        this.currentUsers = currentUsers;
        this.trace = trace;
        this.clock = clock;
    }

    /**
     * The units the current user's audits may draw from: those that hold children's matters, and for a unit
     * manager who is no file auditor only those among their own.
     */
    public List<Unit> units() {
        CurrentUser user = currentUsers.require();
        return staff.units().stream()
                .filter(u -> u.kind() == UnitKind.CHILDREN_AND_YOUTH || u.kind() == UnitKind.INTAKE)
                .filter(u -> AuditAccess.acrossUnits(user) || user.unitIds().contains(u.id())).toList();
    }

    /** Whether choosing no unit means every unit (a file auditor) or the user's own units (a unit manager). */
    public boolean acrossUnits() {
        return AuditAccess.acrossUnits(currentUsers.require());
    }

    /** A unit manager's audit without units chosen draws from their own units, never from every unit. */
    @Transactional
    public Audit create(NewAudit input) {
        CurrentUser user = currentUsers.require();
        AuditAccess.requireConducts(user);
        Set<UUID> known = keys.keys().stream().map(AuditKey::id).collect(Collectors.toSet());
        List<UUID> units = units().stream().map(Unit::id).toList();
        if (!AuditAccess.acrossUnits(user) && input.unitIds().isEmpty()) {
            if (units.isEmpty()) {
                throw new InvalidInputException("unitIds",
                        "audit.problem.noUnit");
            }
            input = input.withUnits(units.stream().map(UUID::toString).toList());
        }
        AuditRules.Checked checked = AuditRules.check(input, known, Set.copyOf(units));
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
        CurrentUser user = currentUsers.require();
        AuditAccess.requireConducts(user);
        List<UUID> units = get(id).criteria().unitIds();
        if (!AuditAccess.acrossUnits(user) && (units.isEmpty() || !user.unitIds().containsAll(units))) {
            throw new AccessDeniedException("A unit manager draws samples from their own units only");
        }
        if (!audits.draw(id, clock.instant())) {
            throw new ConflictException("audit.conflict.alreadyDrawn");
        }
        trace.recordAll(TracedAction.CREATE, SAMPLE, people.traceReferences(audits.sample(id).stream()
                .map(AuditMatter::childId).toList()));
        return get(id);
    }

    public List<Audit> list() {
        AuditAccess.requireResults(currentUsers.require());
        return audits.audits();
    }

    public Audit get(UUID id) {
        AuditAccess.requireResults(currentUsers.require());
        return audits.audit(id).orElseThrow(() -> new NotFoundException("audit.notFound"));
    }

    /** The sampled matters in the order drawn: which children's files are audited, a read traced per child. */
    public List<AuditMatter> sample(UUID id) {
        List<AuditMatter> sample = untracedSample(id);
        trace.recordAll(TracedAction.READ, SAMPLE, people.traceReferences(sample.stream().map(AuditMatter::childId).toList()));
        return sample;
    }

    /** The sample in the order drawn with each child as a list shows them, read (and traced) through People. */
    public SampleWithChildren sampleWithChildren(UUID id) {
        List<AuditMatter> sample = untracedSample(id);
        return new SampleWithChildren(sample, people.listed(sample.stream().map(AuditMatter::childId).toList(), SAMPLE));
    }

    /** One sampled matter and its neighbours in the draw (null at the ends), for moving from file to file. */
    public List<AuditMatter> withNeighbours(UUID id, UUID matterId) {
        List<AuditMatter> sample = untracedSample(id);
        AuditMatter matter = sampled(sample, matterId);
        int at = sample.indexOf(matter);
        return Arrays.asList(at > 0 ? sample.get(at - 1) : null, matter,
                at < sample.size() - 1 ? sample.get(at + 1) : null);
    }

    /** A matter of the sample with its progress; not found when the audit did not draw it. */
    public AuditMatter sampled(UUID id, UUID matterId) {
        return sampled(untracedSample(id), matterId);
    }

    private static AuditMatter sampled(List<AuditMatter> sample, UUID matterId) {
        return sample.stream().filter(m -> m.matterId().equals(matterId)).findFirst()
                .orElseThrow(() -> new NotFoundException("audit.notFound.matter"));
    }

    /** Whether the current user sees the sample, the answers and the comments, not only the results. */
    public boolean conducts() {
        return AuditAccess.conducts(currentUsers.require());
    }

    /**
     * Matter ids, levels and progress only: the callers show no child without People or the trace. A unit
     * manager sees only the matters they may read, also in an audit that a file auditor drew across units.
     */
    private List<AuditMatter> untracedSample(UUID id) {
        CurrentUser user = currentUsers.require();
        AuditAccess.requireConducts(user);
        get(id);
        List<AuditMatter> sample = audits.sample(id);
        if (AuditAccess.acrossUnits(user)) {
            return sample;
        }
        Set<UUID> readable = matters.readable(sample.stream().map(AuditMatter::matterId).toList());
        return sample.stream().filter(m -> readable.contains(m.matterId())).toList();
    }
}
