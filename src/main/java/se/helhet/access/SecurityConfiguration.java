package se.helhet.access;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two doors: the JSON API takes an integration's API token (Bearer, limited to its scopes) or a person's HTTP
 * Basic and keeps no session; the pages take a form login (or OIDC
 * when configured) with a session, CSRF tokens and strict headers. Record-level checks happen in the
 * modules, on every read.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The one way a password is checked, for the form and HTTP Basic alike. */
    @Bean
    AuthenticationProvider passwordLogin(AccountRepository accounts, PasswordEncoder encoder, LoginThrottle throttle,
                                         LoginLockouts lockouts) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new StaffAccounts(accounts));
        passwords.setPasswordEncoder(encoder);
        return new ThrottledLogin(passwords, throttle, lockouts);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiClients clients, ApplicationEventPublisher events) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().access(ApiTokenFilter.scopes()))
                .addFilterBefore(new ApiTokenFilter(clients, events), BasicAuthenticationFilter.class)
                .httpBasic(b -> b.authenticationEntryPoint(new ProblemEntryPoint()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new ProblemEntryPoint()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No cookies are accepted on the API, so there is no session for a forged request to ride on.
                .csrf(c -> c.disable());
        return http.build();
    }

    /**
     * The API's documentation page (Swagger UI) sets style attributes as it draws, which the pages' policy
     * refuses; it shows no personal data and runs no script of its own inline, so only its styles are let in.
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiDocumentation(HttpSecurity http) throws Exception {
        http.securityMatcher("/api-docs", "/api-docs/**", "/swagger-ui/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(
                                CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc,
                              AccountRepository accounts) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/setup", "/css/**", "/js/**", "/img/**", "/favicon.ico",
                                "/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs/**").permitAll()
                        // The anonymous survey answer page: a one-time code instead of a login, CSRF as everywhere.
                        .requestMatchers("/svar", "/svar/**").permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.ADMINISTRATOR.name())
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                // htmx calls (a draft being saved) get 401, not a login page swapped into the form.
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                new RequestHeaderRequestMatcher("HX-Request", "true"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                AnyRequestMatcher.INSTANCE))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?utloggad"))
                .sessionManagement(s -> s.sessionFixation(f -> f.newSession()))
                .addFilterBefore(new AccountRefresh(accounts), AuthorizationFilter.class)
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()));
        ClientRegistrationRepository registrations = oidc.getIfAvailable();
        if (registrations != null) {
            http.oauth2Login(o -> o.loginPage("/login")
                    .userInfoEndpoint(u -> u.oidcUserService(new OidcAccounts(accounts))));
            // Logging out of Helhet also ends the session at the provider: on a shared computer the next
            // person must not come back in as the last one by the organisation's login.
            OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
            logout.setPostLogoutRedirectUri("{baseUrl}/login?utloggad");
            logout.setDefaultTargetUrl("/login?utloggad");
            http.logout(l -> l.logoutSuccessHandler(logout));
        }
        return http.build();
    }
}
