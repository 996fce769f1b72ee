package se.helhet.consent;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.helhet.common.ActorKind;

@Repository
class ConsentRepository {

    /** A consent with its givers and recipients gathered into arrays, one row per consent. */
    private static final String CONSENT = """
            select c.id, c.subject_id, c.scopes, c.valid_from, c.valid_to, c.form, c.noted_guardians,
                   c.recorded_at, c.withdrawn_on, c.withdrawal_reason, c.withdrawn_at, c.version,
                   ru.display_name as recorded_by, wu.display_name as withdrawn_by,
                   array(select g.person_id from consent_giver g where g.consent_id = c.id order by 1) as givers,
                   r.r_units, r.r_unit_names, r.r_kinds, r.r_names
            from consent c
            join app_user ru on ru.id = c.recorded_by
            left join app_user wu on wu.id = c.withdrawn_by
            cross join lateral (
                select array_agg(r.unit_id order by r.position) as r_units,
                       array_agg(un.name order by r.position) as r_unit_names,
                       array_agg(r.actor_kind order by r.position) as r_kinds,
                       array_agg(r.actor_name order by r.position) as r_names
                from consent_recipient r left join unit un on un.id = r.unit_id
                where r.consent_id = c.id) r""";

    private final JdbcClient jdbc;

    ConsentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A consent in force today covering the subject, the unit and the scope: not withdrawn, today within its
     * validity. The newest if there are several.
     */
    Optional<UUID> inForce(UUID subjectId, UUID unitId, ConsentScope scope, LocalDate today) {
        return jdbc.sql("""
                        select c.id from consent c
                        join consent_recipient r on r.consent_id = c.id and r.unit_id = :unit
                        where c.subject_id = :subject and :scope = any(c.scopes) and c.withdrawn_on is null
                          and c.valid_from <= :today and (c.valid_to is null or c.valid_to >= :today)
                        order by c.valid_from desc, c.recorded_at desc limit 1""")
                .param("unit", unitId).param("subject", subjectId).param("scope", scope.name()).param("today", today)
                .query(UUID.class).optional();
    }

    void insert(UUID id, NewConsent consent, UUID recordedBy) {
        jdbc.sql("""
                        insert into consent (id, subject_id, scopes, valid_from, valid_to, form, recorded_by)
                        values (:id, :subject, :scopes, :from, :to, :form, :by)""")
                .param("id", id).param("subject", consent.subjectId())
                .param("scopes", consent.scopes().stream().map(Enum::name).toArray(String[]::new))
                .param("from", consent.validFrom()).param("to", consent.validTo())
                .param("form", consent.form().name()).param("by", recordedBy)
                .update();
        for (UUID giver : consent.givenBy()) {
            jdbc.sql("insert into consent_giver (consent_id, person_id) values (:c, :p)")
                    .param("c", id).param("p", giver).update();
        }
        int position = 0;
        for (Recipient r : consent.recipients()) {
            jdbc.sql("""
                            insert into consent_recipient (consent_id, position, unit_id, actor_kind, actor_name)
                            values (:c, :position, :unit, :kind, :name)""")
                    .param("c", id).param("position", position++).param("unit", r.unitId())
                    .param("kind", r.actorKind() == null ? null : r.actorKind().name()).param("name", r.actorName())
                    .update();
        }
    }

    /** Only a consent still in force at the version the caller read; the withdrawal is recorded now. */
    boolean withdraw(UUID id, int version, LocalDate on, String reason, UUID by) {
        return jdbc.sql("""
                        update consent set withdrawn_on = :on, withdrawal_reason = :reason, withdrawn_by = :by,
                            withdrawn_at = clock_timestamp(), version = version + 1
                        where id = :id and version = :version and withdrawn_on is null""")
                .param("on", on).param("reason", reason).param("by", by).param("id", id).param("version", version)
                .update() == 1;
    }

    Optional<Consent> findById(UUID id) {
        return jdbc.sql(CONSENT + " where c.id = :id").param("id", id).query(ConsentRepository::consent).optional();
    }

    /** The subject's consents, the latest valid first. */
    List<Consent> forSubject(UUID subjectId) {
        return jdbc.sql(CONSENT + " where c.subject_id = :s order by c.valid_from desc, c.recorded_at desc")
                .param("s", subjectId).query(ConsentRepository::consent).list();
    }

    /** The consents of several subjects (a family) in one query, the latest valid first. */
    List<Consent> forSubjects(List<UUID> subjectIds) {
        return jdbc.sql(CONSENT + " where c.subject_id = any(:s) order by c.valid_from desc, c.recorded_at desc")
                .param("s", subjectIds.toArray(UUID[]::new)).query(ConsentRepository::consent).list();
    }

    private static Consent consent(ResultSet rs, int row) throws SQLException {
        UUID[] units = array(rs.getArray("r_units"), UUID[].class);
        String[] unitNames = array(rs.getArray("r_unit_names"), String[].class);
        String[] kinds = array(rs.getArray("r_kinds"), String[].class);
        String[] names = array(rs.getArray("r_names"), String[].class);
        List<Recipient> recipients = new java.util.ArrayList<>();
        for (int i = 0; i < units.length; i++) {
            recipients.add(new Recipient(units[i], unitNames[i], kinds[i] == null ? null : ActorKind.valueOf(kinds[i]),
                    names[i]));
        }
        Set<ConsentScope> scopes = Arrays.stream(array(rs.getArray("scopes"), String[].class))
                .map(ConsentScope::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(ConsentScope.class)));
        LocalDate withdrawnOn = rs.getObject("withdrawn_on", LocalDate.class);
        Withdrawal withdrawal = withdrawnOn == null ? null : new Withdrawal(withdrawnOn,
                rs.getString("withdrawal_reason"), rs.getString("withdrawn_by"), rs.getObject("withdrawn_at", OffsetDateTime.class).toInstant());
        String form = rs.getString("form");
        return new Consent(rs.getObject("id", UUID.class), rs.getObject("subject_id", UUID.class),
                List.of(array(rs.getArray("givers"), UUID[].class)), rs.getString("noted_guardians"),
                List.copyOf(recipients), scopes, rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), form == null ? null : ConsentForm.valueOf(form), withdrawal,
                rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getInt("version"));
    }

    /** A consent without recipients cannot be recorded, but its arrays would be null rather than empty. */
    private static <T> T array(Array array, Class<T> type) throws SQLException {
        return type.cast(array == null ? java.lang.reflect.Array.newInstance(type.getComponentType(), 0)
                : array.getArray());
    }
}
