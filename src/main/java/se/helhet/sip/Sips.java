package se.helhet.sip;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
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
import se.helhet.access.Role;
import se.helhet.access.StaffDirectory;
import se.helhet.access.Unit;
import se.helhet.matter.Matter;
import se.helhet.matter.Matters;
import se.helhet.person.ListedPerson;
import se.helhet.person.People;
import se.helhet.person.Person;
import se.helhet.platform.ConflictException;
import se.helhet.platform.FieldProblems;
import se.helhet.platform.NotFoundException;
import se.helhet.trace.Trace;
import se.helhet.trace.TracedAction;

/**
 * Offering plans and recording their steps. A plan is its person's data: it is read by those who may read the
 * person and either take part in the plan (its unit or a participating unit) or may read the matter it belongs to;
 * a file auditor reads it as any record of the person. Every read goes through the person ({@code People.read}) and
 * every write is traced under the plan.
 */
@Service
class Sips {

    private final SipRepository repository;
    private final People people;
    private final Matters matters;
    private final StaffDirectory staff;
    private final CurrentUsers currentUsers;
    private final Trace trace;
    private final Clock clock;

    Sips(SipRepository repository, People people, Matters matters, StaffDirectory staff, CurrentUsers currentUsers,
         Trace trace, Clock clock) {
        this.repository = repository;
        this.people = people;
        this.matters = matters;
        this.staff = staff;
        this.currentUsers = currentUsers;
        this.trace = trace;
        this.clock = clock;
    }

    @Transactional
    Sip offer(SipInput.SipOffer input) {
        CurrentUser user = requireCaseWorker();
        FieldProblems problems = new FieldProblems();
        if (input.personId() == null) {
            problems.add("personId", "sip.problem.personId.missing");
            problems.refuseIfAny();
        }
        Person person = people.read(input.personId(), "sip");
        SipKind kind = SipRules.kind(input.kind(), problems);
        LocalDate offeredOn = problems.happened(input.offeredOn(), "offeredOn", today());
        UUID unit = unit(user, input, person, problems);
        List<Participant> participants = SipRules.participants(input.participants(), unitNames(), kind, problems);
        if (kind == SipKind.INTERN_SIP && offeredOn != null) {
            SipRules.internSipTargetGroup(person.ageOn(offeredOn), matters.forPerson(person.id()), offeredOn, problems);
        }
        problems.refuseIfAny();
        Sip offered = new Sip(UUID.randomUUID(), kind, person.id(), input.matterId(), unit, null, user.id(), null,
                SipState.OFFERED, offeredOn, null, null, null, null, null, participants);
        repository.insert(offered, user.id());
        trace.record(TracedAction.CREATE, "sip", offered.id().toString(), people.traceReference(person.id()));
        return repository.findById(offered.id()).orElseThrow();
    }

    @Transactional
    Sip answer(UUID id, SipStep step, SipInput.SipAnswer input) {
        Sip current = workable(id);
        FieldProblems problems = new FieldProblems();
        LocalDate on = problems.happened(input.date(), "date", today());
        String reason = problems.text(input.reason(), "reason", SipRules.MAX_REASON);
        problems.refuseIfAny();
        return saved(current, switch (step) {
            case ACCEPT -> current.accept(on);
            case DECLINE -> current.decline(on, reason);
            default -> throw new IllegalArgumentException("Not an answer: " + step);
        });
    }

    @Transactional
    Sip hold(UUID id, SipInput.SipHold input) {
        Sip current = workable(id);
        FieldProblems problems = new FieldProblems();
        Sip.Meeting typed = SipRules.meeting(input, unitNames(), current.kind(), today(), problems);
        problems.refuseIfAny();
        // A unit invited already and named again at the meeting takes part once.
        Sip.Meeting meeting = new Sip.Meeting(typed.heldOn(), typed.needs(), typed.goals(), typed.actions(),
                typed.followUpOn(), typed.added().stream().distinct().filter(p -> !current.participants().contains(p))
                .toList());
        return saved(current, current.hold(meeting));
    }

    @Transactional
    Sip followUp(UUID id, SipInput.SipFollowUp input) {
        Sip current = workable(id);
        FieldProblems problems = new FieldProblems();
        LocalDate on = problems.happened(input.date(), "date", today());
        String outcome = problems.required(input.outcome(), "outcome", "sip.problem.outcome.missing",
                SipRules.MAX_TEXT);
        problems.refuseIfAny();
        return saved(current, current.followUp(on, outcome));
    }

    /** The plan, read through its person: refused unless the reader may read both. */
    Sip get(UUID id) {
        Sip sip = find(id);
        if (!mayRead(currentUsers.require(), sip, readableMatters(List.of(sip)))) {
            throw new AccessDeniedException("No right to this plan");
        }
        people.read(sip.personId(), "sip");
        return sip;
    }

    /** The person's plans that the reader may read; refused unless the reader may read the person. */
    List<Sip> forPerson(UUID personId) {
        people.read(personId, "sip");
        return readable(repository.forPersons(List.of(personId)));
    }

    /**
     * The plans of a family's members that the reader may read, with the member each is for; each member shown is
     * read through the person register, which leaves out those the reader may not read and traces the rest.
     */
    Map<ListedPerson, List<Sip>> forFamily(Collection<UUID> memberIds) {
        List<Sip> readable = readable(repository.forPersons(memberIds));
        if (readable.isEmpty()) {
            return Map.of();
        }
        Map<UUID, ListedPerson> listed = people.listed(readable.stream().map(Sip::personId).collect(Collectors.toSet()),
                "sip");
        Map<ListedPerson, List<Sip>> byMember = new java.util.LinkedHashMap<>();
        memberIds.stream().filter(listed::containsKey).forEach(member -> byMember.put(listed.get(member),
                readable.stream().filter(s -> s.personId().equals(member)).toList()));
        return byMember;
    }

    /** Whether the reader may record the plan's steps; the pages show the forms only then. */
    boolean mayWork(Sip sip) {
        CurrentUser user = currentUsers.require();
        return caseWorker(user) && (takesPart(user, sip) || (sip.matterId() != null && matters.mayWork(sip.matterId())));
    }

    /** Whether the reader may offer plans at all. */
    boolean mayOffer() {
        return caseWorker(currentUsers.require());
    }

    List<Unit> units() {
        return staff.units();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private Sip saved(Sip current, Sip next) {
        if (!repository.update(next, current.state())) {
            throw new ConflictException("sip.conflict.changed");
        }
        trace.record(TracedAction.UPDATE, "sip", current.id().toString(), people.traceReference(current.personId()));
        return repository.findById(current.id()).orElseThrow();
    }

    private Sip workable(UUID id) {
        Sip sip = find(id);
        if (!mayWork(sip)) {
            throw new AccessDeniedException("May not work in this plan");
        }
        people.read(sip.personId(), "sip");
        return sip;
    }

    /** The plan's unit: the matter's when it belongs to one, else the one named, which must be the worker's own. */
    private UUID unit(CurrentUser user, SipInput.SipOffer input, Person person, FieldProblems problems) {
        if (input.matterId() != null) {
            Matter matter = matters.workable(input.matterId());
            if (!matter.personId().equals(person.id())) {
                problems.add("matterId", "sip.problem.matterId.otherPerson");
            }
            return matter.unitId();
        }
        if (input.unitId() != null) {
            if (!user.unitIds().contains(input.unitId())) {
                problems.add("unitId", "sip.problem.unitId.notOwn");
            }
            return input.unitId();
        }
        return user.units().stream().findFirst().map(Unit::id)
                .orElseThrow(() -> new AccessDeniedException("A member of staff without a unit offers no plan"));
    }

    private List<Sip> readable(List<Sip> sips) {
        CurrentUser user = currentUsers.require();
        Set<UUID> matterIds = readableMatters(sips);
        return sips.stream().filter(s -> mayRead(user, s, matterIds)).toList();
    }

    private Set<UUID> readableMatters(List<Sip> sips) {
        return matters.readable(sips.stream().map(Sip::matterId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
    }

    private static boolean mayRead(CurrentUser user, Sip sip, Set<UUID> readableMatters) {
        return user.handlesPersons() && (user.has(Role.FILE_AUDITOR) || takesPart(user, sip)
                || (sip.matterId() != null && readableMatters.contains(sip.matterId())));
    }

    private static boolean takesPart(CurrentUser user, Sip sip) {
        Set<UUID> units = user.unitIds();
        return units.contains(sip.unitId())
                || sip.participants().stream().anyMatch(p -> p.internal() && units.contains(p.unitId()));
    }

    private static boolean caseWorker(CurrentUser user) {
        return user.hasAny(Role.INTAKE_WORKER, Role.SOCIAL_WORKER, Role.UNIT_MANAGER);
    }

    private CurrentUser requireCaseWorker() {
        CurrentUser user = currentUsers.require();
        if (!caseWorker(user)) {
            throw new AccessDeniedException("Not a case worker");
        }
        return user;
    }

    private Map<UUID, String> unitNames() {
        return staff.units().stream().collect(Collectors.toMap(Unit::id, Unit::name));
    }

    private Sip find(UUID id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("sip.notFound"));
    }
}
