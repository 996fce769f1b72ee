package se.helhet.casenote;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.matter.Matter;
import se.helhet.matter.MatterRecordTrace;
import se.helhet.matter.Matters;
import se.helhet.platform.ConflictException;
import se.helhet.platform.InvalidInputException;
import se.helhet.platform.NotFoundException;
import se.helhet.trace.TracedAction;

/**
 * Writing, signing and correcting case notes. Reading follows the matter; only the author changes or signs
 * a draft; nobody changes a signed note (the database refuses it too, see V7__case_note.sql).
 */
@Service
public class CaseNotes {

    private static final String RECORD = "case-note";

    private final CaseNoteRepository notes;
    private final Matters matters;
    private final CurrentUsers currentUsers;
    private final MatterRecordTrace trace;
    private final Clock clock;

    CaseNotes(CaseNoteRepository notes, Matters matters, CurrentUsers currentUsers, MatterRecordTrace trace,
              Clock clock) {
        this.notes = notes;
        this.matters = matters;
        this.currentUsers = currentUsers;
        this.trace = trace;
        this.clock = clock;
    }

    /** The matter's notes, newest first, drafts included (marked as such); the read is checked and traced once. */
    List<CaseNote> forMatter(UUID matterId) {
        matters.read(matterId, RECORD, null);
        return notes.forMatter(matterId);
    }

    CaseNote get(UUID id) {
        CaseNote note = find(id);
        matters.read(note.matterId(), RECORD, id.toString());
        return note;
    }

    @Transactional
    CaseNote write(UUID matterId, CaseNoteInput input) {
        CurrentUser user = currentUsers.require();
        Matter matter = matters.workable(matterId);
        CaseNoteRules.Checked checked = CaseNoteRules.check(input, LocalDate.now(clock), openedOn(matter));
        UUID id = UUID.randomUUID();
        notes.insert(id, matterId, checked, null, user.id());
        trace.record(TracedAction.CREATE, matter, RECORD, id);
        return find(id);
    }

    /** A note written and signed at once, when the writer has nothing to add: both happen or neither does. */
    @Transactional
    CaseNote writeAndSign(UUID matterId, CaseNoteInput input) {
        CaseNote draft = write(matterId, input);
        return sign(draft.id(), draft.version());
    }

    /** {@code version} is the one the writer read: a draft changed since then is refused, never overwritten. */
    @Transactional
    CaseNote revise(UUID id, Integer version, CaseNoteInput input) {
        if (version == null) {
            throw new InvalidInputException("version", "casenote.problem.version.missing");
        }
        CaseNote draft = ownDraft(id);
        Matter matter = matters.workable(draft.matterId());
        CaseNoteRules.Checked checked = CaseNoteRules.check(input, LocalDate.now(clock), openedOn(matter));
        if (!notes.update(id, version, checked)) {
            throw notChanged(id);
        }
        trace.record(TracedAction.UPDATE, matter, RECORD, id);
        return find(id);
    }

    /** Without a version the author signs the draft as it is now. */
    @Transactional
    CaseNote sign(UUID id, Integer version) {
        CaseNote draft = ownDraft(id);
        Matter matter = matters.workable(draft.matterId());
        if (!notes.sign(id, version == null ? draft.version() : version, clock.instant())) {
            throw notChanged(id);
        }
        trace.record(TracedAction.UPDATE, matter, RECORD, id);
        return find(id);
    }

    /**
     * A new draft that corrects a signed note, starting from the old note's content. One correction per note,
     * so "corrected by" has one answer; a correction is itself corrected by a further note.
     */
    @Transactional
    CaseNote correct(UUID id) {
        CurrentUser user = currentUsers.require();
        CaseNote old = find(id);
        Matter matter = matters.workable(old.matterId());
        if (!old.signed()) {
            throw new ConflictException("casenote.conflict.draftNotCorrected");
        }
        if (old.corrected()) {
            throw new ConflictException("casenote.conflict.alreadyCorrected");
        }
        UUID correction = UUID.randomUUID();
        try {
            notes.insert(correction, old.matterId(), new CaseNoteRules.Checked(old.type(), old.occurredOn(),
                    old.minutesSpent(), old.text(), old.childInformed(), old.childViews(), old.noConversationReason(),
                    old.schoolName()), old.id(), user.id());
        } catch (DuplicateKeyException e) {
            throw new ConflictException("casenote.conflict.correctionStarted");
        }
        trace.record(TracedAction.CREATE, matter, RECORD, correction);
        return find(correction);
    }

    /**
     * Whether the matter has a signed note of a conversation held with the child and one of a contact with the
     * child's school or preschool: one read of the notes, traced once.
     */
    public ChildContacts childContacts(UUID matterId) {
        matters.read(matterId, RECORD, null);
        return new ChildContacts(notes.hasSignedConversationHeld(matterId), notes.hasSignedSchoolContact(matterId));
    }

    /** Whether the current user may write notes in the matter, for pages that offer the form. */
    public boolean mayWrite(UUID matterId) {
        try {
            matters.workable(matterId);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /** Whether the note is a draft the current user wrote, the only kind they may change or sign. */
    boolean isOwnDraft(CaseNote note) {
        return !note.signed() && note.authorId().equals(currentUsers.require().id());
    }

    private CaseNote ownDraft(UUID id) {
        CurrentUser user = currentUsers.require();
        CaseNote note = find(id);
        matters.workable(note.matterId());
        if (note.signed()) {
            throw signed();
        }
        if (!note.authorId().equals(user.id())) {
            throw new AccessDeniedException("Only the author changes or signs a draft");
        }
        return note;
    }

    /** The update found no draft at that version: signed meanwhile, or changed by another tab or session. */
    private ConflictException notChanged(UUID id) {
        return find(id).signed() ? signed() : new ConflictException("casenote.conflict.changed");
    }

    private static ConflictException signed() {
        return new ConflictException("casenote.conflict.signed");
    }

    private CaseNote find(UUID id) {
        return notes.findById(id).orElseThrow(() -> new NotFoundException("casenote.notFound"
));
    }

    private LocalDate openedOn(Matter matter) {
        return LocalDate.ofInstant(matter.openedAt(), clock.getZone());
    }
}
