package se.helhet.instrument;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.access.Role;
import se.helhet.matter.Matter;
import se.helhet.matter.Matters;
import se.helhet.person.People;
import se.helhet.person.Person;
import se.helhet.platform.InvalidInputException;
import se.helhet.platform.NotFoundException;
import se.helhet.trace.Trace;
import se.helhet.trace.TracedAction;

/**
 * Storing and listing a person's administrations. Only case workers record them, for a person they may read
 * and in a matter they may work in that is about them or their family; reading follows the person and, for an
 * administration in a matter, the matter. Every read and write is traced.
 */
@Service
public class InstrumentAdministrations {

    private static final String RECORD = "instrument-administration";

    private final AdministrationRepository administrations;
    private final InstrumentScoring scoring;
    private final People people;
    private final Matters matters;
    private final CurrentUsers currentUsers;
    private final Trace trace;
    private final Clock clock;

    InstrumentAdministrations(AdministrationRepository administrations, InstrumentScoring scoring, People people,
                              Matters matters, CurrentUsers currentUsers, Trace trace, Clock clock) {
        this.administrations = administrations;
        this.scoring = scoring;
        this.people = people;
        this.matters = matters;
        this.currentUsers = currentUsers;
        this.trace = trace;
        this.clock = clock;
    }

    @Transactional
    public Administration record(UUID personId, NewAdministration input) {
        CurrentUser user = currentUsers.require();
        if (!records(user)) {
            throw new AccessDeniedException("Only case workers record instrument administrations");
        }
        Person person = people.get(personId);
        if (input.matterId() != null && !people.inFamilyOf(matters.workable(input.matterId()).personId(), personId)) {
            throw new InvalidInputException("matterId", "instrument.problem.matterNotInFamily");
        }
        var checked = AdministrationRules.check(input, LocalDate.now(clock), person.birthDate(), scoring);
        UUID id = UUID.randomUUID();
        administrations.insert(id, personId, input.matterId(), checked, input, user.id());
        trace.record(TracedAction.CREATE, RECORD, id.toString(), people.traceReference(personId));
        return administrations.findById(id).orElseThrow(() -> new NotFoundException("instrument.administration.notFound"));
    }

    /** Whether the signed-in user records administrations at all, for a page deciding to offer its form. */
    public boolean mayRecord() {
        return currentUsers.find().map(InstrumentAdministrations::records).orElse(false);
    }

    /** The analyst sees numbers only and the file auditor reads; neither records assessments. */
    static boolean records(CurrentUser user) {
        return user.hasAny(Role.INTAKE_WORKER, Role.SOCIAL_WORKER, Role.UNIT_MANAGER);
    }

    /**
     * Oldest first, checked against the person and traced once. An administration in a matter is read under the
     * matter's access: another unit's matter keeps its assessments, as it keeps its notes.
     */
    public List<Administration> forPerson(UUID personId) {
        people.read(personId, RECORD);
        List<Administration> found = administrations.forPerson(personId);
        Set<UUID> readable = matters.readable(found.stream().map(Administration::matterId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return found.stream().filter(a -> a.matterId() == null || readable.contains(a.matterId())).toList();
    }

    /**
     * Who has administrations in the matter, the child first, for showing them per person. The caller has read the
     * matter through {@code Matters.get} (access checked, traced); each person's administrations are then read
     * through {@link #forPerson}, which checks the right to that person.
     */
    public List<UUID> personsIn(Matter matter) {
        return administrations.personsIn(matter.id(), matter.personId());
    }
}
