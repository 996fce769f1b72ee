package se.helhet.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A consent as recorded. {@code givenBy} are the persons who gave it; a consent migrated from the notes of
 * school-data consent has none and {@code notedGuardians}, the words the worker noted, instead (and no form).
 * A withdrawn consent stays as it was written, with its withdrawal beside it.
 */
record Consent(UUID id, UUID subjectId, List<UUID> givenBy, String notedGuardians, List<Recipient> recipients,
               Set<ConsentScope> scopes, LocalDate validFrom, LocalDate validTo, ConsentForm form,
               Withdrawal withdrawal, String recordedBy, Instant recordedAt, int version) {

    enum State { IN_FORCE, NOT_YET_VALID, EXPIRED, WITHDRAWN }

    /** Withdrawal takes effect when it is recorded, whatever day it names; expiry at the end of {@code validTo}. */
    State stateOn(LocalDate today) {
        if (withdrawal != null) {
            return State.WITHDRAWN;
        }
        if (today.isBefore(validFrom)) {
            return State.NOT_YET_VALID;
        }
        return validTo != null && today.isAfter(validTo) ? State.EXPIRED : State.IN_FORCE;
    }

    boolean withdrawn() {
        return withdrawal != null;
    }
}
