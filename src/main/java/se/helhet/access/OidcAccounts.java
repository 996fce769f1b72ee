package se.helhet.access;

import java.util.Locale;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Matches the identity provider's {@code preferred_username} to a local account; a person the
 * municipality has not set up in Helhet cannot log in, however valid their token.
 */
final class OidcAccounts extends OidcUserService {

    private final AccountRepository accounts;

    OidcAccounts(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = super.loadUser(request);
        String username = oidc.getPreferredUsername() == null ? ""
                : oidc.getPreferredUsername().trim().toLowerCase(Locale.ROOT);
        return accounts.findByUsername(username)
                .filter(AccountRepository.Account::enabled)
                .map(a -> new StaffOidcUser(oidc, a.user()))
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("unknown_user",
                        "No Helhet account for this sign-in", null)));
    }
}
