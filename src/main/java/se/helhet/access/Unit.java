package se.helhet.access;

import java.io.Serializable;
import java.util.UUID;

/** A unit of the social services; part of the signed-in user kept in the session. */
public record Unit(UUID id, String code, String name, UnitKind kind) implements Serializable {
}
