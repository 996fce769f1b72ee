package se.helhet.matter;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.access.Role;
import se.helhet.access.StaffDirectory;
import se.helhet.access.UnitKind;
import se.helhet.common.Level;
import se.helhet.person.Area;
import se.helhet.person.People;
import se.helhet.person.Person;
import se.helhet.platform.ConflictException;
import se.helhet.platform.FieldProblem;
import se.helhet.platform.InvalidInputException;
import se.helhet.platform.NotFoundException;
import se.helhet.trace.Trace;
import se.helhet.trace.TracedAction;
import se.helhet.trace.TracedPerson;

/** Opening, reading and changing matters; every read and write checks the matter and is traced. */
@Service
public class Matters {

    private static final int MAX_REASON = 2_000;

    private final MatterRepository matters;
    private final MatterAccess access;
    private final People people;
    private final StaffDirectory staff;
    private final CurrentUsers currentUsers;
    private final Trace trace;
    private final ObjectProvider<TimelineContributor> contributors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Matters(MatterRepository matters, MatterAccess access, People people, StaffDirectory staff,
            CurrentUsers currentUsers, Trace trace, ObjectProvider<TimelineContributor> contributors,
            ApplicationEventPublisher events, Clock clock) {
        this.matters = matters;
        this.access = access;
        this.people = people;
        this.staff = staff;
        this.currentUsers = currentUsers;
        this.trace = trace;
        this.contributors = contributors;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The matter a report about the child belongs to: the child's open matter, or a new one in the
     * registering user's unit. A child with an earlier matter is known before (re-actualised).
     */
    @Transactional
    public MatterOpening openOrJoin(UUID childId, Instant receivedAt) {
        CurrentUser user = currentUsers.require();
        Person child = people.get(childId);
        var open = matters.findOpenForUpdate(childId, MatterKind.CHILD_AND_YOUTH);
        boolean knownBefore = matters.forPerson(childId).stream().anyMatch(m -> m.kind().childAndYouth());
        if (open.isPresent()) {
            return new MatterOpening(open.get().id(), false, true);
        }
        LocalDate start = LocalDate.ofInstant(receivedAt, clock.getZone());
        if (!child.isChildOn(start)) {
            throw new InvalidInputException(List.of(new FieldProblem("childIds", "matter.problem.not-a-child", child.name())));
        }
        UUID unit = receivingUnit(user);
        Matter matter = new Matter(UUID.randomUUID(), MatterKind.CHILD_AND_YOUTH, childId, unit, receivedAt, null, null, null,
                people.areaOn(childId, start).map(Area::id).orElse(null), child.ageOn(start), knownBefore, 0, null);
        matters.insert(matter, user.id());
        people.registerIn(childId, unit);
        trace.record(TracedAction.CREATE, "matter", matter.id().toString(), traced(child));
        events.publishEvent(new MatterOpened(matter.id(), childId, MatterKind.CHILD_AND_YOUTH, start));
        return new MatterOpening(matter.id(), true, knownBefore);
    }

    /**
     * An adult unit opens its own matter about a person (a children and youth matter starts at intake instead).
     * Only staff of the unit open its matters; every problem with the input is reported at once, and a second
     * open matter of the same person and kind is a conflict.
     */
    @Transactional
    public Matter open(UUID personId, UUID unitId, MatterKind kind, LocalDate openedOn, UUID responsibleWorkerId) {
        CurrentUser user = currentUsers.require();
        var unit = unitId == null ? java.util.Optional.<se.helhet.access.Unit>empty()
                : staff.units().stream().filter(u -> u.id().equals(unitId)).findFirst();
        if (!user.hasAny(Role.SOCIAL_WORKER, Role.UNIT_MANAGER)
                || unit.isPresent() && !user.unitIds().contains(unitId)) {
            throw new AccessDeniedException("Only the unit's own staff open its matters");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Person person = null;
        if (personId == null) {
            problems.add(new FieldProblem("personId", "matter.problem.person.missing"));
        } else {
            try {
                person = people.get(personId);
            } catch (NotFoundException | AccessDeniedException e) {
                problems.add(new FieldProblem("personId",
                        "matter.problem.person.unknown"));
            }
        }
        if (kind == null) {
            problems.add(new FieldProblem("kind", "matter.problem.kind.missing"));
        } else if (kind.childAndYouth()) {
            problems.add(new FieldProblem("kind",
                    "matter.problem.kind.child-opens-at-intake"));
        }
        if (unitId == null) {
            problems.add(new FieldProblem("unitId", "matter.problem.unit.missing"));
        } else if (unit.isEmpty()) {
            problems.add(new FieldProblem("unitId", "matter.problem.unit.unknown"));
        } else if (kind != null && unit.get().kind() != kind.unitKind()) {
            problems.add(new FieldProblem("unitId", "matter.problem.unit.wrong-kind"));
        }
        if (openedOn == null) {
            problems.add(new FieldProblem("openedOn", "matter.problem.opened-on.missing"));
        } else if (openedOn.isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("openedOn", "problem.date.in-future"));
        }
        if (responsibleWorkerId == null) {
            problems.add(new FieldProblem("responsibleWorkerId", "matter.problem.responsible.missing"));
        } else if (staff.byId(responsibleWorkerId).filter(w -> w.hasAny(Role.SOCIAL_WORKER, Role.UNIT_MANAGER)
                && unitId != null && w.unitIds().contains(unitId)).isEmpty()) {
            problems.add(new FieldProblem("responsibleWorkerId", "matter.problem.responsible.not-in-unit"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (matters.findOpenForUpdate(personId, kind).isPresent()) {
            throw new ConflictException("matter.conflict.already-open");
        }
        boolean knownBefore = matters.forPerson(personId).stream().anyMatch(m -> m.kind() == kind);
        Instant openedAt = openedOn.equals(LocalDate.now(clock)) ? clock.instant()
                : openedOn.atStartOfDay(clock.getZone()).toInstant();
        Matter matter = new Matter(UUID.randomUUID(), kind, personId, unitId, openedAt, null, null,
                responsibleWorkerId, null, null, knownBefore, 0, null);
        try {
            matters.insert(matter, user.id());
        } catch (DuplicateKeyException e) {
            throw new ConflictException("matter.conflict.just-opened");
        }
        people.registerIn(personId, unitId);
        trace.record(TracedAction.CREATE, "matter", matter.id().toString(), traced(person));
        events.publishEvent(new MatterOpened(matter.id(), personId, kind, openedOn));
        return matter;
    }

    /**
     * The adult unit ends its matter; a children and youth matter closes through intake's assessment or the
     * investigation's decision instead.
     */
    @Transactional
    public void end(UUID id, Integer version, LocalDate on, String reason) {
        Matter matter = workable(id);
        List<FieldProblem> problems = new ArrayList<>();
        if (matter.kind().childAndYouth()) {
            problems.add(new FieldProblem("kind",
                    "matter.problem.child-closes-by-decision"));
        }
        LocalDate opened = LocalDate.ofInstant(matter.openedAt(), clock.getZone());
        if (on == null || on.isAfter(LocalDate.now(clock)) || on.isBefore(opened)) {
            problems.add(new FieldProblem("closedOn", "matter.problem.closed-on.range", opened.toString()));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldProblem("reason", "matter.problem.close-reason.missing"));
        }
        if (version == null) {
            problems.add(new FieldProblem("version", "matter.problem.version.missing"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!matter.open()) {
            throw new ConflictException("matter.conflict.already-closed");
        }
        if (!matters.close(id, version, on, reason.trim())) {
            throw stale();
        }
        trace.record(TracedAction.UPDATE, "matter", id.toString(), people.traceReference(matter.personId()));
    }

    public Matter get(UUID id) {
        return read(id, "matter", id.toString());
    }

    /**
     * The one way to a record of a matter: checks that the reader may read the matter and traces the read of
     * the record ({@code recordId} null for all records of the kind in the matter). There is no check without
     * the trace, so a module cannot show what it was allowed to read and leave no row.
     */
    public Matter read(UUID id, String recordType, String recordId) {
        CurrentUser user = currentUsers.require();
        Matter matter = matters.findById(id).orElseThrow(() -> new NotFoundException("matter.not-found"));
        MatterAccess.Reading reading = access.reading(user, matter)
                .orElseThrow(() -> new AccessDeniedException("No right to this matter"));
        trace.record(TracedAction.READ, recordType, recordId == null ? id.toString() : recordId,
                people.traceReference(matter.personId()), reading.consentId());
        return matter;
    }

    /** The matter for a write, which the writing module traces; refused unless the user may work in it. */
    public Matter workable(UUID id) {
        CurrentUser user = currentUsers.require();
        Matter matter = matters.findById(id).orElseThrow(() -> new NotFoundException("matter.not-found"));
        if (!access.mayWork(user, matter)) {
            throw new AccessDeniedException("No right to this matter");
        }
        return matter;
    }

    /** Whether the user may work in the matter, for a page deciding to offer a form or a write's own check. */
    public boolean mayWork(UUID id) {
        return matters.findById(id).map(m -> access.mayWork(currentUsers.require(), m)).orElse(false);
    }

    /** Of these matters, those the reader may read: one query for a whole list, whose reader traces what it shows. */
    public java.util.Set<UUID> readable(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        CurrentUser user = currentUsers.require();
        return matters.findAll(ids).stream().filter(m -> access.mayRead(user, m)).map(Matter::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The person's matters of every kind that the reader may read, newest first. */
    public List<Matter> forPerson(UUID personId) {
        CurrentUser user = currentUsers.require();
        return matters.forPerson(personId).stream().filter(m -> access.mayRead(user, m)).toList();
    }

    /**
     * A matter of a family as the reader may see it: {@code readable}, its content (a link to the case file, its
     * level and deadlines); otherwise only that it exists, with its kind, unit and responsible worker.
     */
    public record FamilyMatter(Matter matter, boolean readable) {
    }

    /**
     * The family's open matters and those closed since {@code closedSince}, of every kind and unit: those the
     * reader may read (their own unit's, or another's under a consent in force, which the trace row names), and,
     * for a reader with an open matter of their own in the family (its responsible worker or in its unit), the
     * other open matters without their content. A reader with no open matter there sees
     * nothing of the others. Each matter shown is traced: read, or seen to exist ({@code matter-existence}).
     */
    public List<FamilyMatter> ofFamily(java.util.Collection<UUID> memberIds, LocalDate closedSince) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        CurrentUser user = currentUsers.require();
        List<Matter> all = matters.forPersons(memberIds).stream()
                .filter(m -> m.open() || !m.closedOn().isBefore(closedSince)).toList();
        boolean ownInFamily = all.stream().anyMatch(m -> m.open() && (user.id().equals(m.responsibleWorkerId())
                || user.unitIds().contains(m.unitId())));
        List<FamilyMatter> seen = new ArrayList<>();
        List<UUID> consents = new ArrayList<>();
        for (Matter m : all) {
            // Asked at this moment for each matter, so a consent's withdrawal or expiry takes effect at once.
            var reading = access.reading(user, m);
            if (reading.isPresent() || ownInFamily && m.open()) {
                seen.add(new FamilyMatter(m, reading.isPresent()));
                consents.add(reading.map(MatterAccess.Reading::consentId).orElse(null));
            }
        }
        var references = people.traceReferences(seen.stream().map(f -> f.matter().personId()).toList());
        for (int i = 0; i < seen.size(); i++) {
            Matter m = seen.get(i).matter();
            trace.record(TracedAction.READ, seen.get(i).readable() ? "matter" : "matter-existence", m.id().toString(),
                    references.get(i), consents.get(i));
        }
        return seen;
    }

    /**
     * Changes a children and youth matter's level, with the reason kept in the level history; a running
     * investigation follows ({@link MatterLevelChanged}).
     */
    @Transactional
    public void changeLevel(UUID id, Integer version, Level level, String reason) {
        CurrentUser user = currentUsers.require();
        Matter matter = workable(id);
        List<FieldProblem> problems = new ArrayList<>();
        if (!matter.kind().childAndYouth()) {
            problems.add(new FieldProblem("level", "matter.problem.level.adult"));
        } else if (level == null) {
            problems.add(new FieldProblem("level", "matter.problem.level.missing"));
        }
        if (version == null) {
            problems.add(new FieldProblem("version", "matter.problem.version.missing"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldProblem("reason", "matter.problem.level-reason.missing"));
        } else if (reason.length() > MAX_REASON) {
            problems.add(new FieldProblem("reason", "matter.problem.level-reason.too-long",
                    String.valueOf(MAX_REASON).replaceAll("(\\d)(?=(\\d{3})+$)", "$1 ")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (level == matter.level()) {
            return;
        }
        if (!matters.updateLevel(id, version, level)) {
            throw stale();
        }
        matters.recordLevel(id, level, user.id(), reason.trim());
        events.publishEvent(new MatterLevelChanged(id, level));
        trace.record(TracedAction.UPDATE, "matter", id.toString(), people.traceReference(matter.personId()));
    }

    /** The unit manager or intake gives the matter a responsible worker; the worker's unit takes it over. */
    @Transactional
    public void assign(UUID id, int version, UUID workerId) {
        CurrentUser user = currentUsers.require();
        Matter matter = workable(id);
        if (!user.hasAny(Role.UNIT_MANAGER, Role.INTAKE_WORKER)) {
            throw new AccessDeniedException("May not assign");
        }
        CurrentUser worker = staff.byId(workerId).filter(w -> w.hasAny(Role.SOCIAL_WORKER, Role.INTAKE_WORKER,
                Role.UNIT_MANAGER)).orElseThrow(() -> new InvalidInputException("responsibleWorkerId",
                "matter.problem.responsible.missing-worker"));
        UUID unit = worker.units().stream().filter(u -> u.kind() == UnitKind.CHILDREN_AND_YOUTH).findFirst()
                .or(() -> worker.units().stream().findFirst())
                .orElseThrow(() -> new InvalidInputException("responsibleWorkerId", "matter.problem.responsible.no-unit"))
                .id();
        if (!matters.updateResponsible(id, version, workerId, unit)) {
            throw stale();
        }
        people.registerIn(matter.personId(), unit);
        trace.record(TracedAction.UPDATE, "matter", id.toString(), people.traceReference(matter.personId()));
    }

    /** Closes the matter when the work ends (for example: no investigation, or moved away). */
    @Transactional
    public void close(UUID id, LocalDate on, String reason) {
        Matter matter = workable(id);
        if (!matter.open()) {
            return;
        }
        if (!matters.close(id, matter.version(), on, reason)) {
            throw stale();
        }
        trace.record(TracedAction.UPDATE, "matter", id.toString(), people.traceReference(matter.personId()));
    }

    /** The timeline is one read of the matter's records: one row, however many modules contribute. */
    public List<TimelineEntry> timeline(UUID id) {
        read(id, "timeline", null);
        List<TimelineEntry> entries = new ArrayList<>(matters.levelChanges(id));
        // Looked up when needed: contributors depend on Matters themselves.
        contributors.orderedStream().forEach(c -> entries.addAll(c.entriesFor(id)));
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return entries;
    }

    private static UUID receivingUnit(CurrentUser user) {
        return user.units().stream().filter(u -> u.kind() == UnitKind.INTAKE).findFirst()
                .or(() -> user.units().stream().filter(u -> u.kind() == UnitKind.CHILDREN_AND_YOUTH).findFirst())
                .orElseThrow(() -> new AccessDeniedException("Only intake and children and youth units receive reports"))
                .id();
    }

    private static ConflictException stale() {
        return new ConflictException("matter.conflict.stale");
    }

    private static TracedPerson traced(Person person) {
        return new TracedPerson(person.id(), person.reference());
    }
}
