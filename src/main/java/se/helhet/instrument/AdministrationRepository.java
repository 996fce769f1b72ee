package se.helhet.instrument;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Responses, scores and bands are stored as JSON: their shape differs per instrument. */
@Repository
class AdministrationRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMINISTRATION = """
            select a.id, a.person_id, a.matter_id, a.instrument, a.informant, a.sex, a.administered_on, a.time_point,
                   a.responses::text as responses, a.impact::text as impact, a.scores::text as scores,
                   a.bands::text as bands, u.display_name, a.recorded_at
            from instrument_administration a join app_user u on u.id = a.recorded_by""";

    private final JdbcClient jdbc;

    AdministrationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID personId, UUID matterId, AdministrationRules.Checked a, NewAdministration input,
                UUID recordedBy) {
        Map<String, Object> values = new HashMap<>();
        values.put("informant", a.informant() == null ? null : a.informant().name());
        values.put("sex", a.sex() == null ? null : a.sex().name());
        values.put("responses", json(input.responses()));
        values.put("impact", json(input.impact()));
        values.put("scores", json(a.scores()));
        values.put("bands", json(a.bands() != null ? a.bands() : a.band()));
        jdbc.sql("""
                        insert into instrument_administration (id, person_id, matter_id, instrument, informant, sex,
                            administered_on, time_point, responses, impact, scores, bands, recorded_by)
                        values (:id, :person, :matter, :instrument, :informant, :sex, :on, :timePoint,
                            cast(:responses as jsonb), cast(:impact as jsonb), cast(:scores as jsonb),
                            cast(:bands as jsonb), :by)""")
                .param("id", id).param("person", personId).param("matter", matterId)
                .param("instrument", a.instrument()).param("on", a.administeredOn())
                .param("timePoint", a.timePoint().name()).param("by", recordedBy)
                .params(values)
                .update();
    }

    /** The persons with administrations in a matter: the child first, then by their first administration. */
    List<UUID> personsIn(UUID matterId, UUID childId) {
        return jdbc.sql("""
                        select person_id from instrument_administration where matter_id = :m
                        group by person_id order by person_id = :child desc, min(administered_on)""")
                .param("m", matterId).param("child", childId).query(UUID.class).list();
    }

    Optional<Administration> findById(UUID id) {
        return jdbc.sql(ADMINISTRATION + " where a.id = :id").param("id", id)
                .query(AdministrationRepository::administration).optional();
    }

    /** Oldest first, so a reader sees the change from one time point to the next. */
    List<Administration> forPerson(UUID personId) {
        return jdbc.sql(ADMINISTRATION + " where a.person_id = :p order by a.administered_on, a.recorded_at")
                .param("p", personId).query(AdministrationRepository::administration).list();
    }

    private static String json(Object value) {
        return value == null ? null : JSON.writeValueAsString(value);
    }

    private static Administration administration(ResultSet rs, int row) throws SQLException {
        String instrument = rs.getString("instrument");
        String bands = rs.getString("bands");
        String informant = rs.getString("informant");
        String sex = rs.getString("sex");
        return new Administration(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getObject("matter_id", UUID.class), instrument,
                informant == null ? null : Informant.valueOf(informant), sex == null ? null : Sex.valueOf(sex),
                rs.getObject("administered_on", LocalDate.class), TimePoint.valueOf(rs.getString("time_point")),
                read(rs.getString("responses"), new TypeReference<List<Integer>>() { }),
                read(rs.getString("impact"), new TypeReference<ImpactAnswers>() { }),
                read(rs.getString("scores"), new TypeReference<Map<String, Integer>>() { }),
                instrument.equals("SDQ") ? read(bands, new TypeReference<SdqResult.Bands>() { }) : null,
                instrument.equals("AUDIT") || instrument.equals("DUDIT") ? read(bands, new TypeReference<String>() { })
                        : null,
                rs.getString("display_name"), rs.getTimestamp("recorded_at").toInstant());
    }

    private static <T> T read(String json, TypeReference<T> type) {
        return json == null ? null : JSON.readValue(json, type);
    }
}
