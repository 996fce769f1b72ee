package se.helhet.access;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What an administrator changes of an account: what its holder may do, and whether they still may. */
record StaffChange(Set<Role> roles, List<UUID> unitIds, boolean maySeeProtected, boolean enabled) {
}
