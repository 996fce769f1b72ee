package se.helhet.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.helhet.matter.TimelineContributor;
import se.helhet.matter.TimelineEntry;

/** Reports and the first assessments, as they appear in the matter's timeline. */
@Component
class IntakeTimeline implements TimelineContributor {

    private final JdbcClient jdbc;

    IntakeTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TimelineEntry> entriesFor(UUID matterId) {
        List<TimelineEntry> entries = new ArrayList<>(jdbc.sql("""
                        select r.received_at, r.kind, r.reporter_category, r.anonymous, u.display_name
                        from report r join report_child c on c.report_id = r.id join app_user u on u.id = r.registered_by
                        where c.matter_id = :m""")
                .param("m", matterId)
                .query((rs, n) -> new TimelineEntry(rs.getTimestamp(1).toInstant(), "REPORT",
                        IntakeTexts.kind(ReportKind.valueOf(rs.getString(2))) + " från "
                                + IntakeTexts.category(ReporterCategory.valueOf(rs.getString(3))).toLowerCase(Locale.ROOT)
                                + (rs.getBoolean(4) ? " (anonym)" : ""), rs.getString(5)))
                .list());
        entries.addAll(jdbc.sql("""
                        select p.assessed_at, p.immediate_protection_needed, u.display_name
                        from protection_assessment p join report_child c using (report_id, child_id)
                        join app_user u on u.id = p.assessed_by where c.matter_id = :m""")
                .param("m", matterId)
                .query((rs, n) -> new TimelineEntry(rs.getTimestamp(1).toInstant(), "PROTECTION",
                        rs.getBoolean(2) ? "Skyddsbedömning: barnet behöver omedelbart skydd"
                                : "Skyddsbedömning: inget behov av omedelbart skydd", rs.getString(3)))
                .list());
        entries.addAll(jdbc.sql("""
                        select p.recorded_at, p.outcome, u.display_name, p.decided_on
                        from preliminary_assessment p join report_child c using (report_id, child_id)
                        join app_user u on u.id = p.decided_by where c.matter_id = :m""")
                .param("m", matterId)
                .query((rs, n) -> new TimelineEntry(rs.getTimestamp(1).toInstant(), "PRELIMINARY",
                        "Förhandsbedömning beslutad " + rs.getObject(4, java.time.LocalDate.class) + ": "
                                + IntakeTexts.outcome(PreliminaryOutcome.valueOf(rs.getString(2))), rs.getString(3)))
                .list());
        return entries;
    }
}
