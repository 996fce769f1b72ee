package se.helhet.access;

import java.util.UUID;

public record Unit(UUID id, String code, String name, UnitKind kind) {
}
