package se.helhet.sip;

import java.util.UUID;

import se.helhet.common.ActorKind;

/**
 * One who takes part in a plan: a unit of the district ({@code unitId}, its name for showing) or an actor outside
 * social services by kind and name.
 */
record Participant(UUID unitId, String unitName, ActorKind actorKind, String actorName) {

    static Participant unit(UUID unitId, String unitName) {
        return new Participant(unitId, unitName, null, null);
    }

    static Participant actor(ActorKind kind, String name) {
        return new Participant(null, null, kind, name);
    }

    public boolean internal() {
        return unitId != null;
    }
}
