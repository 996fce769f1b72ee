package se.helhet.access;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.platform.ConflictException;
import se.helhet.platform.FieldProblems;

/** Accounts and units, for the administrator. Accounts are disabled, never deleted. */
@Service
class StaffAdministration {

    static final int MIN_PASSWORD = 12;

    /** How far back the users page shows lock-outs. */
    static final Duration LOCKOUTS_SHOWN = Duration.ofDays(30);

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final LoginLockouts lockouts;

    StaffAdministration(AccountRepository accounts, PasswordEncoder passwords, LoginLockouts lockouts) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.lockouts = lockouts;
    }

    public List<StaffMember> staff() {
        return accounts.staff();
    }

    /** Clients locked out of an account in the last 30 days, newest first. */
    public List<LoginLockout> recentLockouts() {
        return lockouts.since(LOCKOUTS_SHOWN);
    }

    public List<Unit> units() {
        return accounts.units();
    }

    @Transactional
    public UUID create(NewStaffMember input) {
        String username = input.username() == null ? "" : input.username().trim().toLowerCase(Locale.ROOT);
        FieldProblems problems = new FieldProblems();
        if (username.isEmpty()) {
            problems.add("username", "Ange användarnamn");
        } else if (!username.matches("[a-z0-9._-]{2,64}")) {
            problems.add("username", "2–64 tecken: a–z, siffror, punkt, bindestreck eller understreck");
        }
        if (input.displayName() == null || input.displayName().isBlank() || input.displayName().length() > 100) {
            problems.add("displayName", "Ange namnet (högst 100 tecken)");
        }
        if (input.password() == null || input.password().length() < MIN_PASSWORD) {
            problems.add("password", "Lösenordet ska ha minst " + MIN_PASSWORD + " tecken");
        }
        if (input.roles() == null || input.roles().isEmpty()) {
            problems.add("roles", "Välj minst en roll");
        }
        problems.refuseIfAny();
        if (accounts.usernameTaken(username)) {
            throw new ConflictException("Användarnamnet är upptaget.");
        }
        UUID id = UUID.randomUUID();
        accounts.insert(id, username, input.displayName().trim(), passwords.encode(input.password()), input.roles(),
                input.maySeeProtected());
        for (UUID unit : input.unitIds() == null ? List.<UUID>of() : input.unitIds()) {
            accounts.addToUnit(id, unit);
        }
        return id;
    }
}
