package se.helhet.access;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user, for modules that decide what to show. */
@Component
public class CurrentUsers {

    public Optional<CurrentUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof StaffPrincipal principal) {
            return Optional.of(principal.user());
        }
        if (auth != null && auth.getPrincipal() instanceof StaffOidcUser oidc) {
            return Optional.of(oidc.user());
        }
        return Optional.empty();
    }

    public CurrentUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
