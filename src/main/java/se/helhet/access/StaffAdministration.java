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
import se.helhet.platform.NotFoundException;

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

    /** One account as it is now, for the administrator to change. */
    AccountRepository.Account account(UUID id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("staff.notFound"));
    }

    /**
     * Changes what a member of staff may do; it holds from their next request, in a session they already have
     * ({@link AccountRefresh}). A disabled account keeps its history and can be enabled again. The
     * administrator cannot disable their own account or take away their own administrator role, so there is
     * always one left to undo a mistake.
     */
    @Transactional
    public void change(UUID id, StaffChange change, CurrentUser by) {
        AccountRepository.Account before = account(id);
        FieldProblems problems = new FieldProblems();
        if (change.roles() == null || change.roles().isEmpty()) {
            problems.add("roles", "staff.problem.roles");
        }
        if (id.equals(by.id()) && !change.enabled()) {
            problems.add("enabled", "staff.problem.disableSelf");
        }
        if (id.equals(by.id()) && change.roles() != null && !change.roles().contains(Role.ADMINISTRATOR)) {
            problems.add("roles", "staff.problem.ownAdministratorRole");
        }
        problems.refuseIfAny();
        accounts.change(id, change.roles(), change.maySeeProtected(), change.enabled());
        accounts.replaceUnits(id, change.unitIds());
        accounts.recordChange(id, by.id(), before, change);
    }

    @Transactional
    public UUID create(NewStaffMember input) {
        String username = input.username() == null ? "" : input.username().trim().toLowerCase(Locale.ROOT);
        FieldProblems problems = new FieldProblems();
        if (username.isEmpty()) {
            problems.add("username", "staff.problem.username.missing");
        } else if (!username.matches("[a-z0-9._-]{2,64}")) {
            problems.add("username", "staff.problem.username.form");
        }
        if (input.displayName() == null || input.displayName().isBlank() || input.displayName().length() > 100) {
            problems.add("displayName", "staff.problem.displayName");
        }
        if (input.password() == null || input.password().length() < MIN_PASSWORD) {
            problems.add("password", "staff.problem.password", MIN_PASSWORD);
        }
        if (input.roles() == null || input.roles().isEmpty()) {
            problems.add("roles", "staff.problem.roles");
        }
        problems.refuseIfAny();
        if (accounts.usernameTaken(username)) {
            throw new ConflictException("staff.conflict.usernameTaken");
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
