package se.helhet.consent;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.helhet.access.CurrentUser;
import se.helhet.person.PersonReadingGrant;

/**
 * Who a child is may be read by a worker of another unit while a consent in force lets that unit have the content
 * of the child's matters, as the matters themselves may (matter.MatterAccess): the case file's header names the
 * child whose matter is read.
 */
@Component
class ConsentedPersonReading implements PersonReadingGrant {

    private final Consents consents;

    ConsentedPersonReading(Consents consents) {
        this.consents = consents;
    }

    @Override
    public Optional<UUID> grant(CurrentUser user, UUID personId) {
        return user.unitIds().stream().sorted()
                .map(unit -> consents.inForce(personId, unit, ConsentScope.SHARE_MATTER_CONTENT))
                .flatMap(Optional::stream).findFirst();
    }
}
