package se.helhet.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class StaffTest {

    private final RecordedRows rows = RecordedRows.generate(20261123, 0);

    @Test
    void theNamedDemoUsersHaveTheRolesAndUnitsTheReadmePromises() {
        assertThat(user("admin")).isEqualTo(new User("{ADMINISTRATOR}", false, Set.of("forvaltning")));
        assertThat(user("mottagning")).isEqualTo(new User("{INTAKE_WORKER}", true, Set.of("mottagning")));
        assertThat(user("socsek")).isEqualTo(new User("{SOCIAL_WORKER}", false, Set.of("pilotteam")));
        assertThat(user("chef")).isEqualTo(
                new User("{UNIT_MANAGER}", true, Set.of("utredning", "pilotteam", "mottagning")));
        assertThat(user("analytiker")).isEqualTo(new User("{ANALYST}", false, Set.of("uppfoljning")));
        assertThat(user("granskare")).isEqualTo(new User("{FILE_AUDITOR}", false, Set.of("forvaltning")));
        assertThat(user("vuxen")).isEqualTo(new User("{SOCIAL_WORKER}", false, Set.of("beroende")));
    }

    @Test
    void aboutTwentyStaffAllWithTheOneDemoPasswordHashAndAUnit() {
        var users = rows.rows(Table.APP_USER);

        assertThat(users).hasSize(20).allMatch(u -> u[3].equals("{noop}demo") && u[6].equals("true"));
        assertThat(users).map(u -> u[1]).doesNotHaveDuplicates().allMatch(n -> n.matches("[a-z0-9._-]{2,64}"));
        assertThat(rows.rows(Table.USER_UNIT)).map(r -> r[0]).containsAll(users.stream().map(u -> u[0]).toList());
        assertThat(rows.counts.users()).isEqualTo(20);
    }

    @Test
    void unitAndUserIdsDoNotDependOnTheNumberOfChildren() {
        var bigger = RecordedRows.generate(20261123, 300);

        assertThat(bigger.all(Table.APP_USER)).isEqualTo(rows.all(Table.APP_USER));
        assertThat(bigger.all(Table.UNIT)).isEqualTo(rows.all(Table.UNIT));
    }

    private record User(String roles, boolean maySeeProtected, Set<String> units) {
    }

    private User user(String username) {
        Map<String, String> unitCodes = rows.rows(Table.UNIT).stream().collect(Collectors.toMap(u -> u[0], u -> u[1]));
        String[] user = rows.rows(Table.APP_USER).stream().filter(u -> u[1].equals(username)).findFirst().orElseThrow();
        Set<String> units = rows.rows(Table.USER_UNIT).stream().filter(r -> r[0].equals(user[0]))
                .map(r -> unitCodes.get(r[1])).collect(Collectors.toSet());
        return new User(user[4], Boolean.parseBoolean(user[5]), units);
    }
}
