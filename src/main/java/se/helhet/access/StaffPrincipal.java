package se.helhet.access;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The security principal of a local account, carrying the {@link CurrentUser} that access rules read. */
final class StaffPrincipal implements UserDetails, CredentialsContainer {

    private final CurrentUser user;
    private String passwordHash;
    private final boolean enabled;

    StaffPrincipal(CurrentUser user, String passwordHash, boolean enabled) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    CurrentUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(user);
    }

    static List<GrantedAuthority> authorities(CurrentUser user) {
        return user.roles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
