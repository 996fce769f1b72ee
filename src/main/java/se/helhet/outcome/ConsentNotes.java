package se.helhet.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.access.CurrentUsers;
import se.helhet.matter.Matter;
import se.helhet.matter.MatterRecordTrace;
import se.helhet.matter.Matters;
import se.helhet.platform.ConflictException;
import se.helhet.platform.FieldProblems;
import se.helhet.platform.NotFoundException;
import se.helhet.trace.TracedAction;

/**
 * Noting and withdrawing the guardians' consent to obtain the child's school data. One consent in force per
 * matter and purpose; a withdrawal is a date on the note, which stays as it was written.
 */
@Service
class ConsentNotes {

    private static final String RECORD = "consent-note";
    private static final int MAX_GUARDIANS = 500;

    private final ConsentNoteRepository consents;
    private final Matters matters;
    private final CurrentUsers currentUsers;
    private final MatterRecordTrace trace;
    private final Clock clock;

    ConsentNotes(ConsentNoteRepository consents, Matters matters, CurrentUsers currentUsers, MatterRecordTrace trace,
                 Clock clock) {
        this.consents = consents;
        this.matters = matters;
        this.currentUsers = currentUsers;
        this.trace = trace;
        this.clock = clock;
    }

    /** Newest first, withdrawn ones included; checked and traced in one read. */
    public List<ConsentNote> forMatter(UUID matterId) {
        matters.read(matterId, RECORD, null);
        return consents.forMatter(matterId);
    }

    /** The same for a matter the caller has already read through {@code Matters.get} (access checked, traced). */
    public List<ConsentNote> forMatter(Matter matter) {
        return trace.read(matter, RECORD, consents::forMatter);
    }

    @Transactional
    public ConsentNote note(UUID matterId, ConsentInput input) {
        var user = currentUsers.require();
        Matter matter = matters.workable(matterId);
        FieldProblems problems = new FieldProblems();
        String guardians = input.guardians() == null ? "" : input.guardians().strip();
        if (guardians.isEmpty() || guardians.length() > MAX_GUARDIANS) {
            problems.add("guardians",
                    "Skriv vilka vårdnadshavare som gav samtycket, högst " + MAX_GUARDIANS + " tecken");
        }
        LocalDate givenOn = date(input.givenOn(), "givenOn", problems);
        problems.refuseIfAny();
        if (consents.forMatterLocked(matterId, ConsentNote.SCHOOL_OUTCOMES).stream().anyMatch(c -> !c.withdrawn())) {
            throw new ConflictException("Samtycket till att hämta in skoluppgifter är redan noterat i ärendet.");
        }
        UUID id = UUID.randomUUID();
        try {
            consents.insert(id, matter.personId(), matterId, ConsentNote.SCHOOL_OUTCOMES, guardians, givenOn, user.id());
        } catch (DuplicateKeyException e) {
            // Someone noted it at the same moment: the same answer as when it was there already.
            throw new ConflictException("Samtycket till att hämta in skoluppgifter är redan noterat i ärendet.");
        }
        trace.record(TracedAction.CREATE, matter, RECORD, id);
        return find(id);
    }

    /** Stops new recordings from the day given; what was recorded before stays. Without a version, as it is now. */
    @Transactional
    public ConsentNote withdraw(UUID matterId, UUID id, String withdrawnOn, Integer version) {
        var user = currentUsers.require();
        Matter matter = matters.workable(matterId);
        ConsentNote consent = find(id);
        if (!consent.matterId().equals(matterId)) {
            throw new NotFoundException("Samtycket finns inte i ärendet");
        }
        if (consent.withdrawn()) {
            throw new ConflictException("Samtycket återkallades redan " + consent.withdrawnOn() + ".");
        }
        FieldProblems problems = new FieldProblems();
        LocalDate on = date(withdrawnOn, "withdrawnOn", problems);
        if (on != null && on.isBefore(consent.givenOn())) {
            problems.add("withdrawnOn", "Samtycket gavs " + consent.givenOn()
                    + ": det kan inte återkallas tidigare");
        }
        problems.refuseIfAny();
        if (!consents.withdraw(id, version == null ? consent.version() : version, on, user.id())) {
            throw new ConflictException("Samtycket har ändrats sedan du öppnade sidan. Ladda om och försök igen.");
        }
        trace.record(TracedAction.UPDATE, matter, RECORD, id);
        return find(id);
    }

    /** Empty means today; never in the future. */
    private LocalDate date(String value, String field, FieldProblems problems) {
        return problems.happened(value, field, LocalDate.now(clock));
    }

    private ConsentNote find(UUID id) {
        return consents.findById(id).orElseThrow(() -> new NotFoundException("Samtycket finns inte"));
    }
}
