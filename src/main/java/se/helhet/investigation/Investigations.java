package se.helhet.investigation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.access.Role;
import se.helhet.access.StaffDirectory;
import se.helhet.common.Deadline;
import se.helhet.common.Level;
import se.helhet.intake.InvestigationOpeningDecided;
import se.helhet.letter.LetterFile;
import se.helhet.letter.LetterKind;
import se.helhet.letter.Letters;
import se.helhet.letter.SentLetter;
import se.helhet.matter.Matter;
import se.helhet.matter.Matters;
import se.helhet.person.People;
import se.helhet.person.Person;
import se.helhet.platform.FieldProblem;
import se.helhet.platform.FieldProblems;
import se.helhet.platform.IsoDates;
import se.helhet.platform.ConflictException;
import se.helhet.platform.InvalidInputException;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.UserTexts;
import se.helhet.trace.Trace;
import se.helhet.trace.TracedAction;

/** Opening investigations on intake's decisions, and the investigator's work until the decision. */
@Service
public class Investigations {

    private static final String RECORD = "investigation";

    private final InvestigationRepository investigations;
    private final Matters matters;
    private final People people;
    private final StaffDirectory staff;
    private final CurrentUsers currentUsers;
    private final Trace trace;
    private final Letters letters;
    private final Addressees addressees;
    private final Clock clock;

    Investigations(InvestigationRepository investigations, Matters matters, People people, StaffDirectory staff,
                   CurrentUsers currentUsers, Trace trace, Letters letters, Addressees addressees,
                   Clock clock) {
        this.letters = letters;
        this.addressees = addressees;
        this.investigations = investigations;
        this.matters = matters;
        this.people = people;
        this.staff = staff;
        this.currentUsers = currentUsers;
        this.trace = trace;
        this.clock = clock;
    }

    /**
     * Runs in the deciding transaction: the decision and the investigation it opens are stored together
     * or not at all. A report joining a matter that is already investigated opens nothing new.
     */
    @EventListener
    @Transactional
    void on(InvestigationOpeningDecided decided) {
        if (investigations.findOpen(decided.matterId()).isEmpty()) {
            UUID id = UUID.randomUUID();
            LocalDate due = Deadline.investigation(decided.decidedOn()).due();
            investigations.insert(id, decided.matterId(), decided.reportId(), decided.level(), decided.decidedOn(), due);
            sendOpeningLetter(id, decided.childId(), decided.decidedOn(), due);
        }
    }

    /** The family is told in the same transaction, so an investigation is never opened without its letter. */
    private void sendOpeningLetter(UUID investigationId, UUID childId, LocalDate openedOn, LocalDate due) {
        Person child = people.get(childId);
        letters.send(LetterKind.INVESTIGATION_OPENED, investigationId, OpeningLetter.content(child.givenName(),
                addressees.of(child, openedOn, RECORD), openedOn, due,
                currentUsers.require().displayName()));
    }

    /** The opening letter's PDF as sent, read as the investigation is read: checked and traced under the matter. */
    Optional<LetterFile> openingLetterPdf(UUID matterId, UUID investigationId) {
        Investigation investigation = get(investigationId);
        if (!investigation.matterId().equals(matterId)) {
            throw new NotFoundException("investigation.not-in-matter");
        }
        return letters.pdf(LetterKind.INVESTIGATION_OPENED, investigationId);
    }

    /** The opening letter of an investigation already read. */
    Optional<SentLetter> openingLetter(Investigation investigation) {
        return letters.sent(LetterKind.INVESTIGATION_OPENED, investigation.id());
    }

    /**
     * A level change of the matter reaches its running investigation in the same transaction: from then on the
     * investigation has the new level's pilot goal and rules. Blue and green need no investigation, so a matter
     * lowered to them leaves its investigation's level as it was (the level history tells), and one the
     * investigator sets ({@link #setLevel}) has already been written.
     */
    @EventListener
    void on(se.helhet.matter.MatterLevelChanged changed) {
        if (!changed.level().needsInvestigation()) {
            return;
        }
        investigations.findOpen(changed.matterId())
                .filter(i -> i.level() != changed.level())
                .ifPresent(i -> {
                    if (!investigations.updateLevel(i.id(), i.version(), changed.level())) {
                        throw stale();
                    }
                    traceWrite(i);
                });
    }

    public List<Investigation> forMatter(UUID matterId) {
        return forMatter(matters.read(matterId, RECORD, null));
    }

    /** The investigations of a matter already read through {@code Matters.read}, which traced it. */
    List<Investigation> forMatter(Matter matter) {
        return investigations.forMatter(matter.id());
    }

    /** The running investigation of a matter the user works in, if any. */
    public Optional<Investigation> current(UUID matterId) {
        matters.workable(matterId);
        return investigations.findOpen(matterId);
    }

    public Investigation get(UUID id) {
        return read(id, RECORD);
    }

    /**
     * The one way to an investigation and what it holds (its areas are {@code investigation-area}): the read is
     * checked under the matter's access and traced as the record asked for.
     */
    Investigation read(UUID id, String recordType) {
        Investigation investigation = find(id);
        matters.read(investigation.matterId(), recordType, id.toString());
        return investigation;
    }

    /** The extensions of an investigation already read, whose read is traced. */
    List<Extension> extensions(Investigation investigation) {
        return investigations.extensions(investigation.id());
    }

    @Transactional
    public void assignInvestigator(UUID id, int version, UUID investigatorId) {
        CurrentUser user = currentUsers.require();
        Investigation investigation = workable(id);
        if (!user.hasAny(Role.UNIT_MANAGER, Role.INTAKE_WORKER)) {
            throw new AccessDeniedException("Only a manager or intake assigns investigators");
        }
        staff.byId(investigatorId).filter(s -> s.hasAny(Role.SOCIAL_WORKER, Role.UNIT_MANAGER))
                .orElseThrow(() -> new InvalidInputException("investigatorId", "investigation.problem.investigator.missing"));
        change(investigation, version, "investigator_id", investigatorId);
        Matter matter = matters.workable(investigation.matterId());
        if (matter.responsibleWorkerId() == null) {
            matters.assign(matter.id(), matter.version(), investigatorId);
        }
    }

    /** An application's investigation gets its level when the investigator has seen enough. */
    @Transactional
    public void setLevel(UUID id, int version, Level level) {
        Investigation investigation = workable(id);
        if (level == null || !level.needsInvestigation()) {
            throw new InvalidInputException("level", "investigation.problem.level.orange-or-red");
        }
        if (!investigations.updateLevel(id, version, level)) {
            throw stale();
        }
        traceWrite(investigation);
        Matter matter = matters.workable(investigation.matterId());
        matters.changeLevel(matter.id(), matter.version(), level,
                UserTexts.text(UserTexts.SWEDISH, "investigation.level-reason"));
    }

    @Transactional
    public void savePlan(UUID id, int version, String plan) {
        String text = plan == null ? "" : plan.trim();
        if (text.length() > 20_000) {
            throw new InvalidInputException(List.of(new FieldProblem("plan", "problem.text.too-long", "20 000")));
        }
        change(workable(id), version, "plan", text.isEmpty() ? null : text);
    }

    /** Extends the legal time limit: a decision of the unit manager, with its reason and the new date. */
    @Transactional
    public void extend(UUID id, int version, String newDue, String reason) {
        CurrentUser user = currentUsers.require();
        Investigation investigation = workable(id);
        if (!Delegation.mayDecide(user)) {
            throw new AccessDeniedException("No delegation to extend");
        }
        LocalDate due = date(newDue, "newDue");
        if (!due.isAfter(investigation.legalDue())) {
            throw new InvalidInputException(List.of(new FieldProblem("newDue", "investigation.problem.new-due.too-early",
                    investigation.legalDue().toString())));
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "investigation.problem.extension.reason.missing");
        }
        change(investigation, version, "legal_due", due);
        investigations.recordExtension(id, investigation.legalDue(), due, reason.trim(), user.id());
    }

    /** The family has been given the investigation to comment on (kommunicering), before the decision. */
    @Transactional
    public void communicate(UUID id, int version, String givenOn, String comments) {
        Investigation investigation = workable(id);
        LocalDate on = date(givenOn, "givenOn");
        if (on.isAfter(LocalDate.now(clock)) || on.isBefore(investigation.openedOn())) {
            throw new InvalidInputException("givenOn", "investigation.problem.given-on.range");
        }
        String text = FieldProblems.trim(comments);
        if (!investigations.communicate(id, version, on, text)) {
            throw stale();
        }
        traceWrite(investigation);
    }

    Investigation workable(UUID id) {
        Investigation investigation = find(id);
        matters.workable(investigation.matterId());
        if (!investigation.open()) {
            throw new ConflictException("investigation.conflict.closed");
        }
        return investigation;
    }

    private void change(Investigation investigation, int version, String column, Object value) {
        if (!investigations.update(investigation.id(), version, column, value)) {
            throw stale();
        }
        traceWrite(investigation);
    }

    private void traceWrite(Investigation investigation) {
        traceWrite(investigation, RECORD);
    }

    void traceWrite(Investigation investigation, String recordType) {
        Matter matter = matters.workable(investigation.matterId());
        trace.record(TracedAction.UPDATE, recordType, investigation.id().toString(),
                people.traceReference(matter.personId()));
    }

    private Investigation find(UUID id) {
        return investigations.findById(id).orElseThrow(() -> new NotFoundException("investigation.not-found"));
    }

    static LocalDate date(String value, String field) {
        return IsoDates.parse(value, field);
    }

    static ConflictException stale() {
        return new ConflictException("investigation.conflict.stale");
    }
}
