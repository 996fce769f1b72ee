package se.helhet.investigation;

import se.helhet.access.CurrentUser;
import se.helhet.access.Role;

/**
 * Who may decide. The municipality's delegation ordinance gives the unit manager the decisions on
 * needs-assessed interventions and on extending an investigation; a social worker prepares them.
 * Individual delegations per person (for example a team lead for contact persons) are a later setting.
 */
final class Delegation {

    private Delegation() {
    }

    static boolean mayDecide(CurrentUser user) {
        return user.has(Role.UNIT_MANAGER);
    }
}
