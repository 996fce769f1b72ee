package se.helhet.access;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.filter.OncePerRequestFilter;

import se.helhet.platform.DatabaseOutage;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code Authorization: Bearer …} on the API: a token in force signs the call in as its client, with the
 * client's account and scopes; any other token is 401 at once, whatever else the request carries. Requests
 * without a bearer token go on to HTTP Basic.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiClients clients;
    private final ApplicationEventPublisher events;

    ApiTokenFilter(ApiClients clients, ApplicationEventPublisher events) {
        this.clients = clients;
        this.events = events;
    }

    /** The token's scopes decide which calls it may make; people signed in by HTTP Basic pass as before. */
    static AuthorizationManager<RequestAuthorizationContext> scopes() {
        return (authentication, context) -> {
            Authentication auth = authentication.get();
            if (auth instanceof TokenAuthentication token) {
                HttpServletRequest request = context.getRequest();
                return new AuthorizationDecision(ApiScope.allow(token.holder.scopes(), request.getMethod(),
                        request.getRequestURI()));
            }
            return new AuthorizationDecision(auth != null && auth.isAuthenticated()
                    && !(auth instanceof AnonymousAuthenticationToken));
        };
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiClients.Holder> holder;
        try {
            holder = clients.holder(header.substring(BEARER.length()).strip());
        } catch (RuntimeException failure) {
            if (!DatabaseOutage.causes(failure)) {
                throw failure;
            }
            DatabaseOutage.answer(response);
            return;
        }
        if (holder.isEmpty()) {
            refuse(request, response);
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TokenAuthentication(holder.get()));
        SecurityContextHolder.setContext(context);
        events.publishEvent(new ApiClientUsed(holder.get().user(), request.getMethod(), request.getRequestURI()));
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"Helhet\", error=\"invalid_token\"");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        ProblemEntryPoint.writeUnauthorized(request, response, "problem.unauthorized.token");
    }

    /** A call signed in by a token: the client's account as principal, its roles and scopes as authorities. */
    static final class TokenAuthentication extends AbstractAuthenticationToken {

        private final transient ApiClients.Holder holder;
        private final StaffPrincipal principal;

        TokenAuthentication(ApiClients.Holder holder) {
            super(authorities(holder));
            this.holder = holder;
            this.principal = new StaffPrincipal(holder.user(), null, true);
            setAuthenticated(true);
        }

        private static List<GrantedAuthority> authorities(ApiClients.Holder holder) {
            List<GrantedAuthority> all = new ArrayList<>(StaffPrincipal.authorities(holder.user()));
            holder.scopes().forEach(s -> all.add(new SimpleGrantedAuthority("SCOPE_" + s.name())));
            return all;
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return principal;
        }
    }
}
