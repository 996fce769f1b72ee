package se.helhet.intake;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The feedback given to a report's reporter, or the reason none was given: at most one per report. */
@Repository
class FeedbackRepository {

    private final JdbcClient jdbc;

    FeedbackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ReporterFeedback> forReport(UUID reportId) {
        return jdbc.sql("""
                        select f.given, f.status, f.letter, f.reason, u.display_name, f.recorded_at
                        from reporter_feedback f join app_user u on u.id = f.recorded_by where f.report_id = :r""")
                .param("r", reportId)
                .query((rs, n) -> new ReporterFeedback(rs.getBoolean(1),
                        rs.getString(2) == null ? null : ReporterFeedback.Status.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
                .optional();
    }

    void insert(UUID reportId, boolean given, ReporterFeedback.Status status, String letter, String reason,
                UUID recordedBy) {
        jdbc.sql("""
                        insert into reporter_feedback (report_id, given, status, letter, reason, recorded_by)
                        values (:r, :given, :status, :letter, :reason, :by)""")
                .param("r", reportId).param("given", given).param("status", status == null ? null : status.name())
                .param("letter", letter).param("reason", reason).param("by", recordedBy)
                .update();
    }
}
