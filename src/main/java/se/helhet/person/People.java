package se.helhet.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.platform.ConflictException;
import se.helhet.platform.InvalidInputException;
import se.helhet.platform.NotFoundException;
import se.helhet.trace.Trace;
import se.helhet.trace.TracedAction;
import se.helhet.trace.TracedPerson;

/**
 * The person register as staff use it. Every method checks the reader's right on the record itself and
 * writes the access log before it returns personal data.
 */
@Service
public class People {

    private static final String PERSON = "person";

    private final PersonRepository persons;
    private final FamilyRepository families;
    private final Population population;
    private final PersonAccess access;
    private final PersonSearch search;
    private final CurrentUsers currentUsers;
    private final Trace trace;
    private final ObjectProvider<PersonReadingGrant> grants;
    private final Clock clock;

    People(PersonRepository persons, FamilyRepository families, Population population, PersonAccess access,
           PersonSearch search, CurrentUsers currentUsers, Trace trace, ObjectProvider<PersonReadingGrant> grants,
           Clock clock) {
        this.persons = persons;
        this.families = families;
        this.population = population;
        this.access = access;
        this.search = search;
        this.currentUsers = currentUsers;
        this.trace = trace;
        this.grants = grants;
        this.clock = clock;
    }

    @Transactional
    Person register(NewPerson input) {
        CurrentUser user = currentUsers.require();
        if (!access.mayRegister(user) || user.unitIds().isEmpty()) {
            throw new AccessDeniedException("May not register persons");
        }
        Person person = NewPersonRules.toPerson(input, clock, persons::nextReserveSequence);
        if (person.identityNumber() != null) {
            var held = persons.findByIdentityNumber(person.identityNumber());
            if (held.isPresent()) {
                return takenUp(user, held.get());
            }
        }
        try {
            persons.insert(person, user.id());
        } catch (DuplicateKeyException e) {
            throw new ConflictException("person.conflict.justRegistered");
        }
        persons.linkToUnits(person.id(), user.unitIds());
        trace.record(TracedAction.CREATE, "person", person.id().toString(), traced(person));
        return person;
    }

    /**
     * ADR 14: a number already held is a conflict only for a user who may read that person; for anyone else
     * registering it puts the person in the user's units' register and answers as a new registration does, with
     * the reader's copy (a protected person's contact details left out), so the answer tells nothing the unit
     * may not now read. The link is in the access log.
     */
    private Person takenUp(CurrentUser user, Person held) {
        if (access.mayRead(user, held.id())) {
            throw alreadyRegistered();
        }
        persons.linkToUnits(held.id(), user.unitIds());
        trace.record(TracedAction.UPDATE, "person-unit", held.id().toString(), traced(held));
        return access.asSeenBy(user, held);
    }

    public Person get(UUID id) {
        return read(id, PERSON);
    }

    /**
     * The one way to a person and to what is held about them under the person's own access (areas, instrument
     * administrations outside a matter): checked, and traced as the record asked for.
     */
    public Person read(UUID id, String recordType) {
        CurrentUser user = currentUsers.require();
        Person person = persons.findById(id).orElseThrow(() -> new NotFoundException("person.notFound"));
        UUID grant = null;
        if (!access.mayRead(user, id)) {
            // Who the person is may be read under a grant (a consent to the matters' content), nothing more.
            grant = PERSON.equals(recordType) && user.handlesPersons()
                    ? grants.orderedStream().map(g -> g.grant(user, id)).flatMap(Optional::stream).findFirst()
                            .orElse(null)
                    : null;
            if (grant == null) {
                throw new AccessDeniedException("No right to this person");
            }
        }
        trace.record(TracedAction.READ, recordType, id.toString(), traced(person), grant);
        return access.asSeenBy(user, person);
    }

    public PersonSearch.Result search(String query) {
        PersonSearch.Result result = searchAs(currentUsers.require(), query);
        trace.recordAll(TracedAction.SEARCH, PERSON, result.persons().stream().map(People::traced).toList());
        return result;
    }

    /** What {@link #searchShowing} found: the persons shown, by id, or why the query could not be used. */
    public record Shown(Map<UUID, ListedPerson> persons, String problem) {
    }

    /**
     * A search whose matches lead to records about them (the reports about a child): {@code shownOf} is given the
     * matches' ids and answers which of them the caller shows. Each match is traced as searched and each one shown
     * as read under {@code recordType}, in one commit, before anything of them is returned. The matches are those
     * the reader may list (see {@link PersonSearch}), so those shown are neither checked nor read again.
     */
    public Shown searchShowing(String query, String recordType,
                               Function<List<UUID>, Collection<UUID>> shownOf) {
        CurrentUser user = currentUsers.require();
        PersonSearch.Result result = searchAs(user, query);
        if (result.problem() != null) {
            return new Shown(Map.of(), result.problem());
        }
        var shownIds = Set.copyOf(shownOf.apply(result.persons().stream().map(Person::id).toList()));
        List<Person> shown = result.persons().stream().filter(p -> shownIds.contains(p.id())).toList();
        trace.recordAll(List.of(
                new Trace.Reads(TracedAction.SEARCH, PERSON, result.persons().stream().map(People::traced).toList()),
                new Trace.Reads(TracedAction.READ, recordType, shown.stream().map(People::traced).toList())));
        return new Shown(shown.stream().collect(Collectors.toMap(Person::id,
                p -> ListedPerson.of(p, user.maySeeProtected(), today()))), null);
    }

    /** The persons matching the query that the user may list, for a user who may search. */
    private PersonSearch.Result searchAs(CurrentUser user, String query) {
        if (!access.maySearch(user)) {
            throw new AccessDeniedException("May not search persons");
        }
        return search.find(user, query);
    }

    /** The person's family: each member with what they are to the person, and whether the reader may open them. */
    public List<FamilyMember> family(UUID id) {
        CurrentUser user = currentUsers.require();
        readable(user, id);
        List<Person> all = families.familyOf(id);
        var readable = access.readable(user, all.stream().map(Person::id).toList());
        List<Person> members = all.stream()
                .filter(p -> p.id().equals(id) || !p.protectedIdentity() || user.maySeeProtected()
                        || readable.contains(p.id()))
                .toList();
        trace.recordAll(TracedAction.READ, "family", members.stream().map(People::traced).toList());
        var links = families.linksAmong(members.stream().map(Person::id).toList());
        return FamilyRoles.of(id, members, links).stream()
                .map(m -> member(user, m, !m.person().id().equals(id), readable.contains(m.person().id())))
                .toList();
    }

    private FamilyMember member(CurrentUser user, FamilyRoles.Member m, boolean relative, boolean readable) {
        if (relative && ListedPerson.hidden(m.person(), user.maySeeProtected())) {
            return new FamilyMember(ListedPerson.of(m.person(), false, today()), null, m.roles(), false);
        }
        Person seen = access.asSeenBy(user, m.person());
        return new FamilyMember(ListedPerson.of(seen, true, today()), seen, m.roles(), readable);
    }

    /**
     * The person's registered guardians, as rows of a list (a protected guardian without name or number for a
     * reader without the right), for a record that names who acts for the person; each read traced as it.
     */
    public List<ListedPerson> guardiansOf(UUID id, String recordType) {
        CurrentUser user = currentUsers.require();
        readable(user, id);
        List<Person> guardians = families.guardiansOf(id);
        trace.recordAll(TracedAction.READ, recordType, guardians.stream().map(People::traced).toList());
        return guardians.stream().map(p -> ListedPerson.of(p, user.maySeeProtected(), today())).toList();
    }

    /**
     * Whether the person is the child or one of the child's family: whose assessment may be recorded in the
     * child's matter. Not a read of anyone's data, so nothing is traced; the write that asks traces itself.
     */
    public boolean inFamilyOf(UUID childId, UUID personId) {
        return childId.equals(personId) || families.memberIdsOf(childId).contains(personId);
    }

    /**
     * The ids of the person's family as {@link #family} draws it, the person included: neither checked nor traced,
     * for a module that finds the family's records by them and checks and traces what of those it shows.
     */
    public List<UUID> familyIds(UUID personId) {
        return families.memberIdsOf(personId);
    }

    /** Records how two persons are related: {@code person} is {@code type} of {@code related}. */
    @Transactional
    void relate(UUID person, Relation type, UUID related, LocalDate from) {
        CurrentUser user = currentUsers.require();
        if (!access.mayRegister(user)) {
            throw new AccessDeniedException("May not change relations");
        }
        if (person.equals(related)) {
            throw new InvalidInputException("relatedPersonId", "person.problem.relatedPersonId.self");
        }
        Person subject = readable(user, person);
        Person other = readable(user, related);
        families.relate(person, related, type, from);
        trace.recordAll(TracedAction.UPDATE, "relation", List.of(traced(subject), traced(other)));
    }

    /** Records that a person lives in an area from a date on; the history before it is kept. */
    @Transactional
    public void moveTo(UUID person, String areaCode, LocalDate from) {
        CurrentUser user = currentUsers.require();
        if (!access.mayRegister(user)) {
            throw new AccessDeniedException("May not change areas");
        }
        Person subject = readable(user, person);
        Area area = families.areas().stream().filter(a -> a.code().equals(areaCode)).findFirst()
                .orElseThrow(() -> new InvalidInputException("areaCode", "person.problem.areaCode.unknown"));
        if (from == null || from.isAfter(today()) || from.isBefore(subject.birthDate())) {
            throw new InvalidInputException("from", "person.problem.from.outsideLife");
        }
        families.moveTo(person, area.id(), from);
        population.areaChanged();
        trace.record(TracedAction.UPDATE, "area", person.toString(), traced(subject));
    }

    public List<Area> areas() {
        return families.areas();
    }

    List<AreaPeriod> areaHistory(UUID id) {
        read(id, "area");
        return families.areaHistory(id);
    }

    /** The area a person lived in on a date: the matter records it at its start (pilot or control). */
    public Optional<Area> areaOn(UUID id, LocalDate date) {
        return families.areaHistory(id).stream()
                .filter(p -> !p.from().isAfter(date))
                .findFirst()
                .map(AreaPeriod::area);
    }

    /** Puts the person in a unit's register: the unit now works with the person and may read the record. */
    @Transactional
    public void registerIn(UUID personId, UUID unitId) {
        persons.linkToUnits(personId, List.of(unitId));
    }

    /**
     * Persons shown in a worklist or another list of work: each read is traced. Work about a protected
     * person must not vanish from a list, so it stays, without name or number for a reader without the right.
     */
    public java.util.Map<UUID, ListedPerson> listed(java.util.Collection<UUID> ids, String recordType) {
        CurrentUser user = currentUsers.require();
        var readable = access.readable(user, ids);
        List<Person> found = readable.isEmpty() ? List.of() : persons.findAll(readable);
        trace.recordAll(TracedAction.READ, recordType, found.stream().map(People::traced).toList());
        return found.stream().collect(java.util.stream.Collectors.toMap(Person::id,
                p -> ListedPerson.of(p, user.maySeeProtected(), today())));
    }

    /** The person as an access-log row names them, for a module that logs its own read or write. */
    public TracedPerson traceReference(UUID id) {
        return persons.findById(id).map(People::traced)
                .orElseThrow(() -> new NotFoundException("person.notFound"));
    }

    /** The persons as access-log rows name them, read in one query, in the order given (one row per id). */
    public List<TracedPerson> traceReferences(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<UUID, TracedPerson> found = persons.findAll(ids).stream()
                .collect(java.util.stream.Collectors.toMap(Person::id, People::traced));
        return ids.stream().map(id -> java.util.Optional.ofNullable(found.get(id))
                .orElseThrow(() -> new NotFoundException("person.notFound"))).toList();
    }

    public boolean mayRegister() {
        return access.mayRegister(currentUsers.require());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Person readable(CurrentUser user, UUID id) {
        Person person = persons.findById(id).orElseThrow(() -> new NotFoundException("person.notFound"));
        if (!access.mayRead(user, id)) {
            throw new AccessDeniedException("No right to this person");
        }
        return person;
    }

    private static ConflictException alreadyRegistered() {
        return new ConflictException("person.conflict.alreadyRegistered");
    }

    static TracedPerson traced(Person person) {
        return new TracedPerson(person.id(), person.reference());
    }
}
