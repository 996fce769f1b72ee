package se.helhet.matter;

import org.springframework.stereotype.Component;

import se.helhet.access.CurrentUser;
import se.helhet.access.Role;
import se.helhet.access.UnitKind;

/**
 * Who may see and work in a matter: staff of the unit that holds it, its responsible worker, and the
 * intake function (which receives every report and must see what is open). A file auditor may read.
 */
@Component
class MatterAccess {

    boolean mayWork(CurrentUser user, Matter matter) {
        if (!user.hasAny(Role.INTAKE_WORKER, Role.SOCIAL_WORKER, Role.UNIT_MANAGER)) {
            return false;
        }
        return user.unitIds().contains(matter.unitId())
                || user.id().equals(matter.responsibleWorkerId())
                || (user.worksIn(UnitKind.INTAKE) && user.hasAny(Role.INTAKE_WORKER, Role.UNIT_MANAGER));
    }

    boolean mayRead(CurrentUser user, Matter matter) {
        return user.has(Role.FILE_AUDITOR) || mayWork(user, matter);
    }
}
