package se.helhet.access;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A staff account as the administrator sees it. */
record StaffMember(UUID id, String username, String displayName, Set<Role> roles, List<String> units,
                          boolean maySeeProtected, boolean enabled) {
}
