package se.helhet.access;

import java.util.List;
import java.util.Set;

import org.springframework.util.AntPathMatcher;

/**
 * What an integration's API token may do. Each scope is a few calls of the API and the role they are made
 * in: the calls decide what the token may ask for at all, the role and the client's units decide, as for a
 * member of staff, which records it may see. Every token may ask who it is ({@code GET /api/v1/me}).
 */
enum ApiScope {

    /** A case system or archive reading reports of concern and the intake worklist. */
    REPORTS_READ(Role.INTAKE_WORKER, "GET", List.of("/api/v1/reports", "/api/v1/reports/**", "/api/v1/worklists/intake")),
    /** An e-service registering the reports it receives, with their documents. */
    REPORTS_WRITE(Role.INTAKE_WORKER, "POST", List.of("/api/v1/reports", "/api/v1/reports/*/attachments")),
    /** Reading matters and what happens in them: investigations, decisions, interventions. */
    MATTERS_READ(Role.SOCIAL_WORKER, "GET", List.of("/api/v1/matters/**", "/api/v1/investigations/**",
            "/api/v1/decisions/**", "/api/v1/interventions/**")),
    /** Aggregated figures for follow-up and reporting: numbers, never a person. */
    INDICATORS_READ(Role.ANALYST, "GET", List.of("/api/v1/indicators", "/api/v1/indicators/**",
            "/api/v1/time-with-children", "/api/v1/time-with-children/**"));

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final Role role;
    private final String method;
    private final List<String> paths;

    ApiScope(Role role, String method, List<String> paths) {
        this.role = role;
        this.method = method;
        this.paths = paths;
    }

    Role role() {
        return role;
    }

    boolean allows(String method, String path) {
        return this.method.equals(method) && paths.stream().anyMatch(p -> PATHS.match(p, path));
    }

    /** Whether a token with these scopes may make the call; asking who it is needs none. */
    static boolean allow(Set<ApiScope> scopes, String method, String path) {
        return "GET".equals(method) && "/api/v1/me".equals(path)
                || scopes.stream().anyMatch(s -> s.allows(method, path));
    }
}
