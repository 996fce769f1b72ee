package se.helhet.access;

import java.util.Locale;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Local accounts for form login and HTTP Basic. */
@Service
class StaffAccounts implements UserDetailsService {

    private final AccountRepository accounts;
    private final LoginThrottle throttle;

    StaffAccounts(AccountRepository accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (throttle.isLocked(name)) {
            throw new LockedException("För många misslyckade inloggningar. Försök igen om en stund.");
        }
        return accounts.findByUsername(name)
                .filter(a -> a.passwordHash() != null)
                .map(a -> new StaffPrincipal(a.user(), a.passwordHash(), a.enabled()))
                .orElseThrow(() -> new UsernameNotFoundException("Okänt användarnamn eller lösenord"));
    }
}
