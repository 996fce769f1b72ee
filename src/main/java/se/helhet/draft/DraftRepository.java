package se.helhet.draft;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A user's drafts, one open draft per form; the fields as the browser encodes a form. */
@Repository
class DraftRepository {

    private final JdbcClient jdbc;

    DraftRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(UUID userId, String formKey, String fields) {
        jdbc.sql("""
                        insert into draft (user_id, form_key, fields) values (:user, :key, :fields)
                        on conflict (user_id, form_key) do update
                        set fields = excluded.fields, saved_at = clock_timestamp(), closed_at = null""")
                .param("user", userId).param("key", formKey).param("fields", fields)
                .update();
    }

    Optional<Draft> open(UUID userId, String formKey) {
        return jdbc.sql("""
                        select form_key, fields, saved_at from draft
                        where user_id = :user and form_key = :key and closed_at is null""")
                .param("user", userId).param("key", formKey)
                .query((rs, n) -> new Draft(rs.getString(1), Drafts.decode(rs.getString(2)), rs.getTimestamp(3).toInstant()))
                .optional();
    }

    void close(UUID userId, String formKey) {
        jdbc.sql("update draft set closed_at = clock_timestamp() where user_id = :user and form_key = :key")
                .param("user", userId).param("key", formKey).update();
    }
}
