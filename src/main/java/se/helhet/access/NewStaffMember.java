package se.helhet.access;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What an administrator types to create an account. */
record NewStaffMember(String username, String displayName, String password, Set<Role> roles,
                             List<UUID> unitIds, boolean maySeeProtected) {
}
