package se.helhet.outcome;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ConsentNoteRepository {

    private static final String NOTE = """
            select c.id, c.child_id, c.matter_id, c.purpose, c.guardians, c.given_on, c.withdrawn_on,
                   u.display_name, c.noted_at, c.version
            from consent_note c join app_user u on u.id = c.noted_by""";

    private final JdbcClient jdbc;

    ConsentNoteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID childId, UUID matterId, String purpose, String guardians, LocalDate givenOn,
                UUID notedBy) {
        jdbc.sql("""
                        insert into consent_note (id, child_id, matter_id, purpose, guardians, given_on, noted_by)
                        values (:id, :child, :matter, :purpose, :guardians, :given, :by)""")
                .param("id", id).param("child", childId).param("matter", matterId).param("purpose", purpose)
                .param("guardians", guardians).param("given", givenOn).param("by", notedBy)
                .update();
    }

    /** Optimistic: withdraws only a consent still in force at the version the caller read. */
    boolean withdraw(UUID id, int version, LocalDate on, UUID by) {
        return jdbc.sql("""
                        update consent_note set withdrawn_on = :on, withdrawn_by = :by, version = version + 1
                        where id = :id and version = :version and withdrawn_on is null""")
                .param("on", on).param("by", by).param("id", id).param("version", version)
                .update() == 1;
    }

    Optional<ConsentNote> findById(UUID id) {
        return jdbc.sql(NOTE + " where c.id = :id").param("id", id).query(ConsentNoteRepository::note).optional();
    }

    /** Newest first. */
    List<ConsentNote> forMatter(UUID matterId) {
        return jdbc.sql(NOTE + " where c.matter_id = :m order by c.given_on desc, c.noted_at desc")
                .param("m", matterId).query(ConsentNoteRepository::note).list();
    }

    /** Locks the matter's consents for the purpose, so a withdrawal and a recording cannot cross. */
    List<ConsentNote> forMatterLocked(UUID matterId, String purpose) {
        return jdbc.sql(NOTE + " where c.matter_id = :m and c.purpose = :p order by c.given_on desc for update of c")
                .param("m", matterId).param("p", purpose).query(ConsentNoteRepository::note).list();
    }

    private static ConsentNote note(ResultSet rs, int row) throws SQLException {
        return new ConsentNote(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                rs.getObject("matter_id", UUID.class), rs.getString("purpose"), rs.getString("guardians"),
                rs.getObject("given_on", LocalDate.class), rs.getObject("withdrawn_on", LocalDate.class),
                rs.getString("display_name"), rs.getTimestamp("noted_at").toInstant(), rs.getInt("version"));
    }
}
