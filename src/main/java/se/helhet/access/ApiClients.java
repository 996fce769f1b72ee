package se.helhet.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.helhet.platform.FieldProblems;
import se.helhet.platform.NotFoundException;

/**
 * API tokens for integrations (docs/security.md). An administrator issues a token to a named client with scopes, the units
 * it acts for and an expiry; the token is shown once and only its SHA-256 is kept, which is enough for a long
 * random token and costs microseconds where a password's bcrypt costs tens of milliseconds on every call. The
 * client acts through an account of its own that can never log in; a revoked or expired token is refused at
 * its next call.
 */
@Service
class ApiClients {

    static final String PREFIX = "hlt_";
    static final Duration LONGEST = Duration.ofDays(366);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token just issued: shown this once. */
    record Issued(UUID clientId, String token) {
    }

    /** Who a token in force speaks for, and what it may do. */
    record Holder(CurrentUser user, Set<ApiScope> scopes) {
    }

    private final ApiClientRepository clients;
    private final AccountRepository accounts;
    private final Clock clock;

    ApiClients(ApiClientRepository clients, AccountRepository accounts, Clock clock) {
        this.clients = clients;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    Issued issue(String name, Set<ApiScope> scopes, List<UUID> unitIds, Instant expiresAt, CurrentUser by) {
        FieldProblems problems = new FieldProblems();
        String clientName = problems.required(name, "name", "apiClient.problem.name", 100);
        if (scopes == null || scopes.isEmpty()) {
            problems.add("scopes", "apiClient.problem.scopes");
        }
        Instant now = clock.instant();
        if (expiresAt == null || !expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(LONGEST))) {
            problems.add("expiresOn", "apiClient.problem.expiresOn");
        }
        problems.refuseIfAny();
        Set<ApiScope> granted = EnumSet.copyOf(scopes);
        UUID id = UUID.randomUUID();
        UUID userId = UUID.randomUUID();
        Set<Role> roles = granted.stream().map(ApiScope::role).collect(Collectors.toUnmodifiableSet());
        accounts.insert(userId, username(clientName, id), "API: " + clientName, null, roles, false);
        // The client's account never logs in: no password, and disabled for every login but its token.
        accounts.change(userId, roles, false, false);
        for (UUID unit : unitIds == null ? List.<UUID>of() : unitIds) {
            accounts.addToUnit(userId, unit);
        }
        String token = newToken();
        clients.insert(id, userId, clientName, granted, hash(token), expiresAt, by.id());
        return new Issued(id, token);
    }

    @Transactional
    void revoke(UUID id, CurrentUser by) {
        if (!clients.revoke(id, by.id())) {
            throw new NotFoundException("apiClient.notFound");
        }
    }

    List<ApiClient> all() {
        return clients.all();
    }

    /** The holder of a token in force; each such call is counted on the client. */
    Optional<Holder> holder(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return clients.use(hash(token)).flatMap(h -> accounts.findById(h.userId())
                .map(a -> new Holder(a.user(), h.scopes())));
    }

    private static String username(String name, UUID id) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String slug = plain.length() > 40 ? plain.substring(0, 40) : plain;
        return "api." + (slug.isEmpty() ? "" : slug + ".") + id.toString().substring(0, 8);
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
