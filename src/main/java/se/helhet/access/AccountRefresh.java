package se.helhet.access;

import java.io.IOException;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import se.helhet.platform.DatabaseOutage;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page session carries the account as it was at login. On every request the account is read again: a
 * changed role or unit holds from the next click, and a disabled account's session ends there (the request
 * goes on as anonymous, so it is sent to the login page). The API keeps no session and reads the account at
 * every request anyway.
 */
final class AccountRefresh extends OncePerRequestFilter {

    private final AccountRepository accounts;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    AccountRefresh(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Style sheets, scripts, images and the icon show nobody's data and are asked for with every page. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
                || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = contexts.getContext().getAuthentication();
        Optional<CurrentUser> held = held(auth);
        if (held.isPresent()) {
            Optional<AccountRepository.Account> account;
            try {
                account = accounts.findById(held.get().id()).filter(AccountRepository.Account::enabled);
            } catch (RuntimeException failure) {
                if (!DatabaseOutage.causes(failure)) {
                    throw failure;
                }
                // Before any controller, so the outage resolver cannot answer: the same 503 page here.
                DatabaseOutage.answerPage(response);
                return;
            }
            if (account.isEmpty()) {
                contexts.clearContext();
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (!account.get().user().equals(held.get())) {
                SecurityContext context = contexts.createEmptyContext();
                context.setAuthentication(refreshed(auth, account.get().user()));
                contexts.setContext(context);
                sessions.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private static Optional<CurrentUser> held(Authentication auth) {
        if (auth != null && auth.getPrincipal() instanceof StaffPrincipal principal) {
            return Optional.of(principal.user());
        }
        if (auth != null && auth.getPrincipal() instanceof StaffOidcUser oidc) {
            return Optional.of(oidc.user());
        }
        return Optional.empty();
    }

    private static Authentication refreshed(Authentication auth, CurrentUser user) {
        if (auth instanceof OAuth2AuthenticationToken oidc && oidc.getPrincipal() instanceof StaffOidcUser held) {
            return new OAuth2AuthenticationToken(new StaffOidcUser(held, user), StaffPrincipal.authorities(user),
                    oidc.getAuthorizedClientRegistrationId());
        }
        return UsernamePasswordAuthenticationToken.authenticated(new StaffPrincipal(user, null, true), null,
                StaffPrincipal.authorities(user));
    }
}
