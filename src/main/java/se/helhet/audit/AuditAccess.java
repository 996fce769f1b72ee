package se.helhet.audit;

import org.springframework.security.access.AccessDeniedException;

import se.helhet.access.CurrentUser;
import se.helhet.access.Role;

/**
 * Who takes part in audits. File auditors and unit managers set them up, review the matters and read every
 * answer and comment; analysts read the aggregated results only (comments can name people); nobody else.
 */
final class AuditAccess {

    private AuditAccess() {
    }

    static boolean conducts(CurrentUser user) {
        return user.hasAny(Role.FILE_AUDITOR, Role.UNIT_MANAGER);
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
