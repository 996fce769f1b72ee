package se.helhet.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.access.CurrentUsers;
import se.helhet.access.StaffDirectory;
import se.helhet.access.Unit;
import se.helhet.person.People;
import se.helhet.person.Person;
import se.helhet.platform.ConflictException;
import se.helhet.platform.FieldProblems;
import se.helhet.platform.NotFoundException;
import se.helhet.trace.Trace;
import se.helhet.trace.TracedAction;

/**
 * Recording, reading and withdrawing consents, and the question every use asks at its moment: is a consent in
 * force for this subject, this unit and this purpose? Consents are read and recorded by staff who may read the
 * subject in the person register; every read and write is traced.
 */
@Service
public class Consents {

    static final String RECORD = "consent";

    private final ConsentRepository consents;
    private final People people;
    private final StaffDirectory staff;
    private final CurrentUsers currentUsers;
    private final Trace trace;
    private final Clock clock;

    Consents(ConsentRepository consents, People people, StaffDirectory staff, CurrentUsers currentUsers, Trace trace,
             Clock clock) {
        this.consents = consents;
        this.people = people;
        this.staff = staff;
        this.currentUsers = currentUsers;
        this.trace = trace;
        this.clock = clock;
    }

    /**
     * The id of a consent in force at this moment (not withdrawn, today within its validity) that lets the unit
     * have the subject's information for the scope. Ask at the moment of the use and name the id in its trace
     * row: a consent expires or is withdrawn from one moment to the next. Not a read of the consent, so not traced.
     */
    public Optional<UUID> inForce(UUID subjectId, UUID recipientUnitId, ConsentScope scope) {
        return consents.inForce(subjectId, recipientUnitId, scope, LocalDate.now(clock));
    }

    /** The person's consents, in force or not, the latest valid first; checked and traced as the person's. */
    List<Consent> forPerson(UUID personId) {
        people.read(personId, RECORD);
        return consents.forSubject(personId);
    }

    Consent get(UUID id) {
        Consent consent = find(id);
        people.read(consent.subjectId(), RECORD);
        return consent;
    }

    @Transactional
    Consent record(ConsentInput input) {
        var user = currentUsers.require();
        FieldProblems problems = new FieldProblems();
        UUID subjectId = ConsentRules.subjectId(input.subjectId(), problems);
        ConsentRules.Subject subject = subjectId == null ? null : subject(subjectId);
        Set<UUID> units = staff.units().stream().map(Unit::id).collect(Collectors.toSet());
        NewConsent consent = ConsentRules.check(input, subject, units, today(), problems);
        UUID id = UUID.randomUUID();
        consents.insert(id, consent, user.id());
        trace.record(TracedAction.CREATE, RECORD, id.toString(), people.traceReference(subjectId));
        return find(id);
    }

    /** Takes effect at once, whatever day it names: no use relies on the consent from now on. */
    @Transactional
    Consent withdraw(UUID id, String date, String reason, Integer version) {
        var user = currentUsers.require();
        Consent consent = find(id);
        mayRecordFor(consent.subjectId());
        if (consent.withdrawn()) {
            throw new ConflictException("consent.conflict.alreadyWithdrawn", consent.withdrawal().on().toString());
        }
        FieldProblems problems = new FieldProblems();
        LocalDate on = problems.happened(date, "date", today());
        String why = problems.required(reason, "reason", "consent.problem.reason.missing", 2000);
        problems.refuseIfAny();
        if (!consents.withdraw(id, version == null ? consent.version() : version, on, why, user.id())) {
            throw new ConflictException("consent.conflict.changed");
        }
        trace.record(TracedAction.UPDATE, RECORD, id.toString(), people.traceReference(consent.subjectId()));
        return find(id);
    }

    /** Whether the reader may record consents at all (a case worker); for a page deciding to offer its forms. */
    boolean mayRecord() {
        return people.mayRegister();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private ConsentRules.Subject subject(UUID subjectId) {
        Person person = mayRecordFor(subjectId);
        List<ConsentRules.Guardian> guardians = people.guardiansOf(subjectId, RECORD).stream()
                .map(g -> new ConsentRules.Guardian(g.id(), g.name())).toList();
        return new ConsentRules.Subject(subjectId, person.ageOn(today()), guardians);
    }

    /** Staff who may read the person and do case work record and withdraw the person's consents. */
    private Person mayRecordFor(UUID subjectId) {
        if (!people.mayRegister()) {
            throw new AccessDeniedException("May not record consents");
        }
        return people.read(subjectId, RECORD);
    }

    private Consent find(UUID id) {
        return consents.findById(id).orElseThrow(() -> new NotFoundException("consent.notFound"
));
    }
}
