package se.helhet.person;

import java.util.Optional;
import java.util.UUID;

import se.helhet.access.CurrentUser;

/**
 * A reason, held by another module, to let a user read who a person is outside their units' register: a consent in
 * force that lets the user's unit have the content of the person's matters (the consent module). Asked at the moment
 * of each read of the person's identity; the read's trace row names what allowed it. It opens the person, not
 * what is held under the person's own access (areas, family, instruments).
 */
public interface PersonReadingGrant {

    /** The id of what lets the user read the person now (a consent), or empty. */
    Optional<UUID> grant(CurrentUser user, UUID personId);
}
