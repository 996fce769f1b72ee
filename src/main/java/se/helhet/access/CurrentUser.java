package se.helhet.access;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The signed-in member of staff, as every access decision sees them; kept in the session in the database. */
public record CurrentUser(
        UUID id,
        String username,
        String displayName,
        Set<Role> roles,
        List<Unit> units,
        boolean maySeeProtected) implements Serializable {

    public CurrentUser {
        roles = Set.copyOf(roles);
        units = List.copyOf(units);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public Set<UUID> unitIds() {
        return units.stream().map(Unit::id).collect(Collectors.toUnmodifiableSet());
    }

    public boolean worksIn(UnitKind kind) {
        return units.stream().anyMatch(u -> u.kind() == kind);
    }

    /** Works with persons at all: case work, intake, or an audit. */
    public boolean handlesPersons() {
        return hasAny(Role.INTAKE_WORKER, Role.SOCIAL_WORKER, Role.UNIT_MANAGER, Role.FILE_AUDITOR);
    }
}
