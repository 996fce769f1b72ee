package se.helhet.access;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** An OIDC login matched to a local account: roles and units always come from Helhet, not the IdP. */
final class StaffOidcUser extends DefaultOidcUser {

    private final CurrentUser user;

    StaffOidcUser(OidcUser oidc, CurrentUser user) {
        super(StaffPrincipal.authorities(user), oidc.getIdToken(), oidc.getUserInfo(), "preferred_username");
        this.user = user;
    }

    CurrentUser user() {
        return user;
    }
}
