package se.helhet.consent;

import java.util.UUID;

import se.helhet.common.ActorKind;

/**
 * To whom a consent is given: a unit of the district ({@code unitName} its name), or an outside actor by kind and
 * name.
 */
record Recipient(UUID unitId, String unitName, ActorKind actorKind, String actorName) {

    static Recipient unit(UUID unitId) {
        return new Recipient(unitId, null, null, null);
    }

    static Recipient actor(ActorKind kind, String name) {
        return new Recipient(null, null, kind, name);
    }
}
