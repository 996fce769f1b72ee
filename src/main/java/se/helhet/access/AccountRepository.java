package se.helhet.access;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    record Account(CurrentUser user, String passwordHash, boolean enabled) {
    }

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> findByUsername(String username) {
        return find("username = :key", username);
    }

    Optional<Account> findById(UUID id) {
        return find("id = :key", id);
    }

    private Optional<Account> find(String condition, Object key) {
        return jdbc.sql("""
                        select id, username, display_name, password_hash, roles, may_see_protected, enabled
                        from app_user where\s""" + condition)
                .param("key", key)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    Set<Role> roles = roles(rs.getArray("roles"));
                    CurrentUser user = new CurrentUser(id, rs.getString("username"), rs.getString("display_name"),
                            roles, List.of(), rs.getBoolean("may_see_protected"));
                    return new Account(user, rs.getString("password_hash"), rs.getBoolean("enabled"));
                })
                .optional()
                .map(a -> new Account(withUnits(a.user()), a.passwordHash(), a.enabled()));
    }

    private CurrentUser withUnits(CurrentUser user) {
        return new CurrentUser(user.id(), user.username(), user.displayName(), user.roles(),
                unitsOf(user.id()), user.maySeeProtected());
    }

    List<Unit> unitsOf(UUID userId) {
        return jdbc.sql("""
                        select u.id, u.code, u.name, u.kind from unit u
                        join user_unit uu on uu.unit_id = u.id
                        where uu.user_id = :userId order by u.name""")
                .param("userId", userId)
                .query(AccountRepository::unit)
                .list();
    }

    static Unit unit(ResultSet rs, int row) throws SQLException {
        return new Unit(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                UnitKind.valueOf(rs.getString("kind")));
    }

    static Set<Role> roles(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(Role::valueOf).collect(Collectors.toSet());
    }

    /** Enabled social workers and unit managers of the units, by name; their units are not filled in. */
    List<CurrentUser> caseWorkersIn(Set<UUID> unitIds) {
        return jdbc.sql("""
                        select u.id, u.username, u.display_name, u.roles, u.may_see_protected from app_user u
                        where u.enabled and u.roles && array['SOCIAL_WORKER', 'UNIT_MANAGER']
                          and exists (select 1 from user_unit uu where uu.user_id = u.id and uu.unit_id = any(:units))
                        order by u.display_name""")
                .param("units", unitIds.toArray(UUID[]::new))
                .query((rs, n) -> new CurrentUser(rs.getObject("id", UUID.class), rs.getString("username"),
                        rs.getString("display_name"), roles(rs.getArray("roles")), List.of(),
                        rs.getBoolean("may_see_protected")))
                .list();
    }

    long countUsers() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    /** Every account of a person with the names of its units, enabled or not, by name; API clients have their page. */
    List<StaffMember> staff() {
        return jdbc.sql("""
                        select u.id, u.username, u.display_name, u.roles, u.may_see_protected, u.enabled,
                               coalesce(array_agg(n.name order by n.name) filter (where n.id is not null), '{}') as units
                        from app_user u
                        left join user_unit uu on uu.user_id = u.id
                        left join unit n on n.id = uu.unit_id
                        where not exists (select 1 from api_client c where c.user_id = u.id)
                        group by u.id order by u.display_name""")
                .query((rs, n) -> new StaffMember(rs.getObject("id", UUID.class), rs.getString("username"),
                        rs.getString("display_name"), roles(rs.getArray("roles")),
                        List.of((String[]) rs.getArray("units").getArray()),
                        rs.getBoolean("may_see_protected"), rs.getBoolean("enabled")))
                .list();
    }

    List<Unit> units() {
        return jdbc.sql("select id, code, name, kind from unit order by name")
                .query(AccountRepository::unit)
                .list();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from app_user where username = :u").param("u", username)
                .query(Long.class).single() > 0;
    }

    void insert(UUID id, String username, String displayName, String passwordHash, Set<Role> roles,
                boolean maySeeProtected) {
        jdbc.sql("""
                        insert into app_user (id, username, display_name, password_hash, roles, may_see_protected)
                        values (:id, :username, :name, :hash, :roles, :protected)""")
                .param("id", id)
                .param("username", username)
                .param("name", displayName)
                .param("hash", passwordHash)
                .param("roles", roles.stream().map(Role::name).toArray(String[]::new))
                .param("protected", maySeeProtected)
                .update();
    }

    void addToUnit(UUID userId, UUID unitId) {
        jdbc.sql("insert into user_unit (user_id, unit_id) values (:u, :n)").param("u", userId).param("n", unitId).update();
    }

    /** What an administrator may change of an account; the name, username and password stay. */
    void change(UUID id, Set<Role> roles, boolean maySeeProtected, boolean enabled) {
        jdbc.sql("""
                        update app_user set roles = :roles, may_see_protected = :protected, enabled = :enabled
                        where id = :id""")
                .param("id", id)
                .param("roles", roles.stream().map(Role::name).toArray(String[]::new))
                .param("protected", maySeeProtected)
                .param("enabled", enabled)
                .update();
    }

    /** Keeps what an account could do before and after a change, with who changed it. */
    void recordChange(UUID userId, UUID by, Account before, StaffChange after) {
        jdbc.sql("""
                        insert into staff_change (user_id, changed_by, roles_before, roles_after, units_before,
                            units_after, may_see_protected_before, may_see_protected_after, enabled_before,
                            enabled_after)
                        values (:user, :by, :rolesBefore, :rolesAfter, :unitsBefore, :unitsAfter, :protectedBefore,
                            :protectedAfter, :enabledBefore, :enabledAfter)""")
                .param("user", userId)
                .param("by", by)
                .param("rolesBefore", names(before.user().roles()))
                .param("rolesAfter", names(after.roles()))
                .param("unitsBefore", before.user().unitIds().toArray(UUID[]::new))
                .param("unitsAfter", after.unitIds().toArray(UUID[]::new))
                .param("protectedBefore", before.user().maySeeProtected())
                .param("protectedAfter", after.maySeeProtected())
                .param("enabledBefore", before.enabled())
                .param("enabledAfter", after.enabled())
                .update();
    }

    private static String[] names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toArray(String[]::new);
    }

    void replaceUnits(UUID userId, List<UUID> unitIds) {
        jdbc.sql("delete from user_unit where user_id = :u").param("u", userId).update();
        unitIds.forEach(unit -> addToUnit(userId, unit));
    }

    /** Marks the installation as production once its first administrator exists. */
    void markInstalled() {
        jdbc.sql("insert into installation (id, mode) values (1, 'PRODUCTION') on conflict do nothing").update();
    }
}
