package se.helhet.outcome;

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

import se.helhet.instrument.TimePoint;

@Repository
class SchoolOutcomeRepository {

    private static final String OUTCOME = """
            select s.id, s.child_id, s.matter_id, s.consent_id, s.time_point, s.term, s.attendance_percent,
                   s.result_kind, s.subjects_assessed, s.subjects_passed, s.recorded_on, u.display_name, s.recorded_at
            from school_outcome s join app_user u on u.id = s.recorded_by""";

    private final JdbcClient jdbc;

    SchoolOutcomeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID childId, UUID matterId, UUID consentId, SchoolOutcomeRules.Checked s, UUID by) {
        // A HashMap: attendance or the results are null for some terms.
        Map<String, Object> values = new HashMap<>();
        values.put("attendance", s.attendancePercent());
        values.put("kind", s.resultKind() == null ? null : s.resultKind().name());
        values.put("assessed", s.subjectsAssessed());
        values.put("passed", s.subjectsPassed());
        jdbc.sql("""
                        insert into school_outcome (id, child_id, matter_id, consent_id, time_point, term,
                            attendance_percent, result_kind, subjects_assessed, subjects_passed, recorded_on, recorded_by)
                        values (:id, :child, :matter, :consent, :timePoint, :term, :attendance, :kind, :assessed,
                            :passed, :on, :by)""")
                .param("id", id).param("child", childId).param("matter", matterId).param("consent", consentId)
                .param("timePoint", s.timePoint().name()).param("term", s.term()).param("on", s.recordedOn())
                .param("by", by).params(values)
                .update();
    }

    Optional<SchoolOutcome> findById(UUID id) {
        return jdbc.sql(OUTCOME + " where s.id = :id").param("id", id).query(SchoolOutcomeRepository::outcome)
                .optional();
    }

    /** In time-point order: start, end, follow-up. */
    List<SchoolOutcome> forMatter(UUID matterId) {
        return jdbc.sql(OUTCOME + """
                         where s.matter_id = :m
                        order by array_position(array['START', 'END', 'FOLLOW_UP'], s.time_point)""")
                .param("m", matterId).query(SchoolOutcomeRepository::outcome).list();
    }

    private static SchoolOutcome outcome(ResultSet rs, int row) throws SQLException {
        String kind = rs.getString("result_kind");
        return new SchoolOutcome(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                rs.getObject("matter_id", UUID.class), rs.getObject("consent_id", UUID.class),
                TimePoint.valueOf(rs.getString("time_point")), rs.getString("term"),
                rs.getBigDecimal("attendance_percent"), kind == null ? null : ResultKind.valueOf(kind),
                rs.getObject("subjects_assessed", Integer.class), rs.getObject("subjects_passed", Integer.class),
                rs.getObject("recorded_on", LocalDate.class), rs.getString("display_name"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
