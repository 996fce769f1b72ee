package se.helhet.audit;

import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.access.CurrentUsers;
import se.helhet.platform.ConflictException;
import se.helhet.platform.FieldProblems;
import se.helhet.platform.NotFoundException;

/** The review keys: read by everyone who takes part in audits, added (never changed) by those who conduct them. */
@Service
class AuditKeys {

    private final AuditKeyRepository keys;
    private final CurrentUsers currentUsers;

    AuditKeys(AuditKeyRepository keys, CurrentUsers currentUsers) {
        this.keys = keys;
        this.currentUsers = currentUsers;
    }

    public List<AuditKey> all() {
        AuditAccess.requireResults(currentUsers.require());
        return keys.keys();
    }

    public AuditKey get(UUID id) {
        AuditAccess.requireResults(currentUsers.require());
        return keys.key(id).orElseThrow(() -> new NotFoundException("audit.key.notFound"));
    }

    /**
     * A new review key, or a new version of the key with the same code: keys are never changed, so every
     * audit keeps the questions it answered.
     */
    @Transactional
    public AuditKey create(NewAuditKey input) {
        AuditAccess.requireConducts(currentUsers.require());
        return insert(input, new FieldProblems());
    }

    /** Whether the current user may write keys: the same people who conduct audits. */
    public boolean mayCreate() {
        return AuditAccess.conducts(currentUsers.require());
    }

    /**
     * A key that is new in name as well: a code already in use is refused, since saving it would silently make a
     * new version of someone else's key.
     */
    @Transactional
    public AuditKey createKey(NewAuditKey input) {
        AuditAccess.requireConducts(currentUsers.require());
        FieldProblems problems = new FieldProblems();
        if (input.code() != null && keys.nextVersion(input.code()) > 1) {
            problems.add("code", "audit.key.problem.codeInUse");
        }
        return insert(input, problems);
    }

    /** The latest version of the key that {@code id} is a version of: where a new version starts. */
    public AuditKey latestVersion(UUID id) {
        AuditAccess.requireConducts(currentUsers.require());
        String code = keys.key(id).orElseThrow(() -> new NotFoundException("audit.key.notFound")).code();
        return keys.keys().stream().filter(k -> k.code().equals(code)).reduce((a, b) -> b).orElseThrow();
    }

    /**
     * The next version of the key whose latest version was {@code latest} when the writer started from it; if
     * someone has saved a version since, this one is refused rather than silently leaving out their changes.
     */
    @Transactional
    public AuditKey createVersion(UUID latest, NewAuditKey input) {
        AuditAccess.requireConducts(currentUsers.require());
        AuditKey startedFrom = keys.key(latest).orElseThrow(() -> new NotFoundException("audit.key.notFound"));
        if (keys.nextVersion(startedFrom.code()) != startedFrom.version() + 1) {
            throw new ConflictException("audit.key.conflict.newerVersion");
        }
        return insert(new NewAuditKey(startedFrom.code(), input.name(), input.description(), input.questions()),
                new FieldProblems());
    }

    private AuditKey insert(NewAuditKey input, FieldProblems found) {
        AuditKey checked = AuditKeyRules.check(input, UUID.randomUUID(), 1, found);
        AuditKey key = new AuditKey(checked.id(), checked.code(), keys.nextVersion(checked.code()), checked.name(),
                checked.description(), checked.questions());
        try {
            keys.insert(key);
        } catch (DuplicateKeyException e) {
            // Two saves of the same code at once both counted the same next version; untested, since it needs a race.
            throw new ConflictException("audit.key.conflict.savedAtOnce");
        }
        return key;
    }
}
