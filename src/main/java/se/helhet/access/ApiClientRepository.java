package se.helhet.access;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiClientRepository {

    /** A token in force: the client's account and scopes. */
    record Holder(UUID clientId, UUID userId, Set<ApiScope> scopes) {
    }

    private final JdbcClient jdbc;

    ApiClientRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID userId, String name, Set<ApiScope> scopes, byte[] tokenHash, Instant expiresAt,
                UUID issuedBy) {
        jdbc.sql("""
                        insert into api_client (id, user_id, name, scopes, token_hash, expires_at, issued_by)
                        values (:id, :user, :name, :scopes, :hash, :expires, :by)""")
                .param("id", id).param("user", userId).param("name", name)
                .param("scopes", scopes.stream().map(ApiScope::name).sorted().toArray(String[]::new))
                .param("hash", tokenHash).param("expires", expiresAt.atOffset(ZoneOffset.UTC)).param("by", issuedBy)
                .update();
    }

    /** The token's holder while it is neither revoked nor expired by the database's clock; the use is counted. */
    Optional<Holder> use(byte[] tokenHash) {
        return jdbc.sql("""
                        update api_client set uses = uses + 1, last_used_at = clock_timestamp()
                        where token_hash = :hash and revoked_at is null and expires_at > clock_timestamp()
                        returning id, user_id, scopes""")
                .param("hash", tokenHash)
                .query((rs, n) -> new Holder(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                        Arrays.stream((String[]) rs.getArray("scopes").getArray()).map(ApiScope::valueOf)
                                .collect(Collectors.toUnmodifiableSet())))
                .optional();
    }

    boolean revoke(UUID id, UUID by) {
        return jdbc.sql("""
                        update api_client set revoked_at = clock_timestamp(), revoked_by = :by
                        where id = :id and revoked_at is null""")
                .param("id", id).param("by", by).update() == 1;
    }

    List<ApiClient> all() {
        return jdbc.sql("""
                        select c.id, c.name, u.username, c.scopes, c.issued_at, i.display_name as issued_by,
                               c.expires_at, c.revoked_at, c.last_used_at, c.uses,
                               coalesce(array(select n.name from user_unit uu join unit n on n.id = uu.unit_id
                                              where uu.user_id = c.user_id order by n.name), '{}') as units
                        from api_client c join app_user u on u.id = c.user_id join app_user i on i.id = c.issued_by
                        order by c.revoked_at is not null, c.issued_at desc""")
                .query((rs, n) -> new ApiClient(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("username"),
                        Arrays.stream((String[]) rs.getArray("scopes").getArray()).map(ApiScope::valueOf)
                                .collect(Collectors.toUnmodifiableSet()),
                        List.of((String[]) rs.getArray("units").getArray()),
                        instant(rs.getObject("issued_at", OffsetDateTime.class)), rs.getString("issued_by"),
                        instant(rs.getObject("expires_at", OffsetDateTime.class)),
                        instant(rs.getObject("revoked_at", OffsetDateTime.class)),
                        instant(rs.getObject("last_used_at", OffsetDateTime.class)), rs.getLong("uses")))
                .list();
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
