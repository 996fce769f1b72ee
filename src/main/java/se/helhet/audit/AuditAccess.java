package se.helhet.audit;

import org.springframework.security.access.AccessDeniedException;

import se.helhet.access.CurrentUser;
import se.helhet.access.Role;

/**
 * Who takes part in audits. File auditors and unit managers set them up, review the matters and read the
 * answers and comments; analysts read the aggregated results only (comments can name people); nobody else.
 * A file auditor audits across units; a unit manager only their own units and the matters they may read.
 */
final class AuditAccess {

    private AuditAccess() {
    }

    static boolean conducts(CurrentUser user) {
        return user.hasAny(Role.FILE_AUDITOR, Role.UNIT_MANAGER);
    }

    /** Reads every unit's files; anyone else who conducts audits is kept to their own units. */
    static boolean acrossUnits(CurrentUser user) {
        return user.has(Role.FILE_AUDITOR);
    }

    static void requireConducts(CurrentUser user) {
        if (!conducts(user)) {
            throw new AccessDeniedException("File audits are conducted by file auditors and unit managers");
        }
    }

    static void requireResults(CurrentUser user) {
        if (!conducts(user) && !user.has(Role.ANALYST)) {
            throw new AccessDeniedException("Audit results are for auditors, unit managers and analysts");
        }
    }
}
