package se.helhet.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import se.helhet.access.CurrentUser;
import se.helhet.access.Role;
import se.helhet.access.Unit;
import se.helhet.access.UnitKind;

/** Who may decide, under the delegation ordinance: the unit manager, whatever else the person also is. */
class DelegationTest {

    private static CurrentUser withRoles(Set<Role> roles, boolean maySeeProtected) {
        return new CurrentUser(UUID.randomUUID(), "anna", "Anna Berg", roles,
                List.of(new Unit(UUID.randomUUID(), "BOU", "Barn och unga", UnitKind.CHILDREN_AND_YOUTH)),
                maySeeProtected);
    }

    /** All 64 combinations of roles, with and without the right to see protected identities. */
    @Property(generation = GenerationMode.EXHAUSTIVE)
    void decidesExactlyWhenAUnitManager(@ForAll @Size(max = 6) Set<Role> roles,
                                        @ForAll boolean maySeeProtected) {
        assertThat(Delegation.mayDecide(withRoles(roles, maySeeProtected)))
                .isEqualTo(roles.contains(Role.UNIT_MANAGER));
    }
}
