package se.helhet.person;

import java.util.UUID;

import org.springframework.stereotype.Component;

import se.helhet.access.CurrentUser;
import se.helhet.access.Role;
import se.helhet.access.UnitKind;

/**
 * Who may see which person. Confidentiality holds between units: a case worker sees the persons their
 * own units have in their register. The intake function receives reports about any child in the district
 * and so may look up anyone; a file auditor reads across units for an audit; administrators and analysts
 * see no person at all.
 */
@Component
class PersonAccess {

    private final PersonRepository persons;

    PersonAccess(PersonRepository persons) {
        this.persons = persons;
    }

    boolean mayRegister(CurrentUser user) {
        return user.hasAny(Role.INTAKE_WORKER, Role.SOCIAL_WORKER, Role.UNIT_MANAGER);
    }

    boolean maySearch(CurrentUser user) {
        return user.handlesPersons();
    }

    boolean seesWholeDistrict(CurrentUser user) {
        return user.has(Role.FILE_AUDITOR)
                || (user.worksIn(UnitKind.INTAKE) && user.hasAny(Role.INTAKE_WORKER, Role.UNIT_MANAGER));
    }

    boolean mayRead(CurrentUser user, UUID personId) {
        if (!user.handlesPersons()) {
            return false;
        }
        return seesWholeDistrict(user) || persons.isKnownToAnyOf(personId, user.unitIds());
    }

    /** Which of the persons the user may read, in one query however many they are. */
    java.util.Set<UUID> readable(CurrentUser user, java.util.Collection<UUID> ids) {
        if (!user.handlesPersons() || ids.isEmpty()) {
            return java.util.Set.of();
        }
        return seesWholeDistrict(user) ? java.util.Set.copyOf(ids) : persons.knownToAnyOf(ids, user.unitIds());
    }

    /** The reader's copy: a protected person's address and phone only for those with the right. */
    Person asSeenBy(CurrentUser user, Person person) {
        return person.protectedIdentity() && !user.maySeeProtected() ? person.withoutContact() : person;
    }
}
