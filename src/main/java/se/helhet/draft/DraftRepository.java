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

    /**
     * Keeps what is typed in the form's {@code opening}; false when that opening has ended (the form was sent
     * or thrown away since), and nothing is kept.
     */
    boolean save(UUID userId, String formKey, String fields, int opening) {
        return jdbc.sql("""
                        insert into draft (user_id, form_key, fields, opening) values (:user, :key, :fields, :opening)
                        on conflict (user_id, form_key) do update
                        set fields = excluded.fields, saved_at = clock_timestamp(), closed_at = null
                        where draft.opening = excluded.opening""")
                .param("user", userId).param("key", formKey).param("fields", fields).param("opening", opening)
                .update() == 1;
    }

    /** The form's present opening: 0 before its first draft, one more after each draft closed. */
    int opening(UUID userId, String formKey) {
        return jdbc.sql("select opening from draft where user_id = :user and form_key = :key")
                .param("user", userId).param("key", formKey).query(Integer.class).optional().orElse(0);
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
        jdbc.sql("""
                        update draft set closed_at = clock_timestamp(), opening = opening + 1
                        where user_id = :user and form_key = :key and closed_at is null""")
                .param("user", userId).param("key", formKey).update();
    }
}
