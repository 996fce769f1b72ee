package se.helhet.access;

import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Local accounts for form login and HTTP Basic, checked through {@link ThrottledLogin}. */
final class StaffAccounts implements UserDetailsService {

    private final AccountRepository accounts;

    StaffAccounts(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return accounts.findByUsername(name)
                .filter(a -> a.passwordHash() != null)
                .map(a -> new StaffPrincipal(a.user(), a.passwordHash(), a.enabled()))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown username or password"));
    }
}
