package se.helhet.access;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An integration holding an API token, as the administrator sees it; the token itself is never kept. */
record ApiClient(UUID id, String name, String username, Set<ApiScope> scopes, List<String> units, Instant issuedAt,
                 String issuedBy, Instant expiresAt, Instant revokedAt, Instant lastUsedAt, long uses) {

    public boolean active(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
