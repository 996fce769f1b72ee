package se.helhet.matter;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.helhet.access.CurrentUser;
import se.helhet.access.Role;
import se.helhet.access.UnitKind;
import se.helhet.consent.ConsentScope;
import se.helhet.consent.Consents;

/**
 * Who may see and work in a matter: staff of the unit that holds it, its responsible worker, and, for a
 * children and youth matter, the intake function (which receives every report about a child and must see what
 * is open; an adult unit's matter stays with its unit). A file auditor may read. A
 * worker of another unit may read, never work in, a matter while a consent in force lets one of their
 * units have the matter's content; that is asked at the moment of each read, and the read names the consent.
 */
@Component
class MatterAccess {

    /** A read the reader may make; {@code consentId} the consent it relies on, null when it relies on none. */
    record Reading(UUID consentId) {
        static final Reading OWN = new Reading(null);
    }

    private final Consents consents;

    MatterAccess(Consents consents) {
        this.consents = consents;
    }

    boolean mayWork(CurrentUser user, Matter matter) {
        if (!user.hasAny(Role.INTAKE_WORKER, Role.SOCIAL_WORKER, Role.UNIT_MANAGER)) {
            return false;
        }
        return user.unitIds().contains(matter.unitId())
                || user.id().equals(matter.responsibleWorkerId())
                || (matter.kind().childAndYouth() && user.worksIn(UnitKind.INTAKE)
                    && user.hasAny(Role.INTAKE_WORKER, Role.UNIT_MANAGER));
    }

    /** Without consent: those who work in the matter and the file auditor. Lists of matters go by this alone. */
    boolean mayRead(CurrentUser user, Matter matter) {
        return user.has(Role.FILE_AUDITOR) || mayWork(user, matter);
    }

    /** Whether the user may read the matter now, and under which consent; empty when refused. */
    Optional<Reading> reading(CurrentUser user, Matter matter) {
        if (mayRead(user, matter)) {
            return Optional.of(Reading.OWN);
        }
        return consented(user, matter).map(Reading::new);
    }

    private Optional<UUID> consented(CurrentUser user, Matter matter) {
        if (!user.hasAny(Role.INTAKE_WORKER, Role.SOCIAL_WORKER, Role.UNIT_MANAGER)) {
            return Optional.empty();
        }
        return user.unitIds().stream().sorted()
                .map(unit -> consents.inForce(matter.personId(), unit, ConsentScope.SHARE_MATTER_CONTENT))
                .flatMap(Optional::stream).findFirst();
    }
}
