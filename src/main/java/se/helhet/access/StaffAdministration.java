package se.helhet.access;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.platform.ConflictException;
import se.helhet.platform.FieldProblem;
import se.helhet.platform.InvalidInputException;

/** Accounts and units, for the administrator. Accounts are disabled, never deleted. */
@Service
class StaffAdministration {

    static final int MIN_PASSWORD = 12;

    /** How far back the users page shows lock-outs. */
    static final Duration LOCKOUTS_SHOWN = Duration.ofDays(30);

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final LoginLockouts lockouts;

    StaffAdministration(JdbcClient jdbc, PasswordEncoder passwords, LoginLockouts lockouts) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.lockouts = lockouts;
    }

    public List<StaffMember> staff() {
        return jdbc.sql("""
                        select u.id, u.username, u.display_name, u.roles, u.may_see_protected, u.enabled,
                               coalesce(array_agg(n.name order by n.name) filter (where n.id is not null), '{}') as units
                        from app_user u
                        left join user_unit uu on uu.user_id = u.id
                        left join unit n on n.id = uu.unit_id
                        group by u.id order by u.display_name""")
                .query((rs, n) -> new StaffMember(rs.getObject("id", UUID.class), rs.getString("username"),
                        rs.getString("display_name"), AccountRepository.roles(rs.getArray("roles")),
                        List.of((String[]) rs.getArray("units").getArray()),
                        rs.getBoolean("may_see_protected"), rs.getBoolean("enabled")))
                .list();
    }

    /** Clients locked out of an account in the last 30 days, newest first. */
    public List<LoginLockout> recentLockouts() {
        return lockouts.since(LOCKOUTS_SHOWN);
    }

    public List<Unit> units() {
        return jdbc.sql("select id, code, name, kind from unit order by name")
                .query(AccountRepository::unit)
                .list();
    }

    @Transactional
    public UUID create(NewStaffMember input) {
        String username = input.username() == null ? "" : input.username().trim().toLowerCase(Locale.ROOT);
        List<FieldProblem> problems = new ArrayList<>();
        if (username.isEmpty()) {
            problems.add(new FieldProblem("username", "Ange användarnamn"));
        } else if (!username.matches("[a-z0-9._-]{2,64}")) {
            problems.add(new FieldProblem("username", "2–64 tecken: a–z, siffror, punkt, bindestreck eller understreck"));
        }
        if (input.displayName() == null || input.displayName().isBlank() || input.displayName().length() > 100) {
            problems.add(new FieldProblem("displayName", "Ange namnet (högst 100 tecken)"));
        }
        if (input.password() == null || input.password().length() < MIN_PASSWORD) {
            problems.add(new FieldProblem("password", "Lösenordet ska ha minst " + MIN_PASSWORD + " tecken"));
        }
        if (input.roles() == null || input.roles().isEmpty()) {
            problems.add(new FieldProblem("roles", "Välj minst en roll"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (jdbc.sql("select count(*) from app_user where username = :u").param("u", username)
                .query(Long.class).single() > 0) {
            throw new ConflictException("Användarnamnet är upptaget.");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into app_user (id, username, display_name, password_hash, roles, may_see_protected)
                        values (:id, :username, :name, :hash, :roles, :protected)""")
                .param("id", id)
                .param("username", username)
                .param("name", input.displayName().trim())
                .param("hash", passwords.encode(input.password()))
                .param("roles", input.roles().stream().map(Role::name).toArray(String[]::new))
                .param("protected", input.maySeeProtected())
                .update();
        for (UUID unit : input.unitIds() == null ? List.<UUID>of() : input.unitIds()) {
            jdbc.sql("insert into user_unit (user_id, unit_id) values (:u, :n)").param("u", id).param("n", unit).update();
        }
        return id;
    }
}
