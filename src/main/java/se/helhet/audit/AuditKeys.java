package se.helhet.audit;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.access.CurrentUsers;
import se.helhet.platform.NotFoundException;

/** The review keys: read by everyone who takes part in audits, added (never changed) by those who conduct them. */
@Service
public class AuditKeys {

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
        return keys.key(id).orElseThrow(() -> new NotFoundException("Granskningsnyckeln finns inte"));
    }

    /**
     * A new review key, or a new version of the key with the same code: keys are never changed, so every
     * audit keeps the questions it answered.
     */
    @Transactional
    public AuditKey create(NewAuditKey input) {
        AuditAccess.requireConducts(currentUsers.require());
        AuditKey checked = AuditKeyRules.check(input, UUID.randomUUID(), 1);
        AuditKey key = new AuditKey(checked.id(), checked.code(), keys.nextVersion(checked.code()), checked.name(),
                checked.description(), checked.questions());
        keys.insert(key);
        return key;
    }
}
