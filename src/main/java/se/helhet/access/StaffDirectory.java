package se.helhet.access;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;

/** Staff as other modules need them: who a responsible worker is, which units they belong to. */
@Service
public class StaffDirectory {

    private final AccountRepository accounts;
    private final StaffAdministration administration;

    StaffDirectory(AccountRepository accounts, StaffAdministration administration) {
        this.accounts = accounts;
        this.administration = administration;
    }

    public Optional<CurrentUser> byId(UUID id) {
        return accounts.findById(id).filter(AccountRepository.Account::enabled).map(AccountRepository.Account::user);
    }

    public Optional<CurrentUser> byUsername(String username) {
        return accounts.findByUsername(username).filter(AccountRepository.Account::enabled)
                .map(AccountRepository.Account::user);
    }

    /** Who can take on case work in these units (social workers and unit managers), to choose one among them. */
    public List<CurrentUser> caseWorkersIn(Set<UUID> unitIds) {
        return unitIds.isEmpty() ? List.of() : accounts.caseWorkersIn(unitIds);
    }

    public List<Unit> units() {
        return administration.units();
    }
}
