package se.helhet.intake;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.helhet.common.Level;
import se.helhet.common.Phrase;
import se.helhet.matter.TimelineEntry;

@Repository
class ReportRepository {

    private static final String REPORT = """
            select r.id, r.kind, r.received_at, r.reporter_category, r.anonymous, r.reporter_name,
                   r.reporter_organisation, r.reporter_contact, r.concern_reasons, r.description, u.display_name
            from report r join app_user u on u.id = r.registered_by""";

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, ReportRules.Checked r, UUID registeredBy) {
        jdbc.sql("""
                        insert into report (id, kind, received_at, reporter_category, anonymous, reporter_name,
                            reporter_organisation, reporter_contact, concern_reasons, description, registered_by)
                        values (:id, :kind, :at, :category, :anonymous, :name, :organisation, :contact, :reasons,
                            :description, :by)""")
                .param("id", id).param("kind", r.kind().name()).param("at", Timestamp.from(r.receivedAt()))
                .param("category", r.category().name()).param("anonymous", r.anonymous())
                .param("name", r.reporterName()).param("organisation", r.reporterOrganisation())
                .param("contact", r.reporterContact())
                .param("reasons", r.reasons().stream().map(Enum::name).toArray(String[]::new))
                .param("description", r.description()).param("by", registeredBy)
                .update();
    }

    void insertChild(UUID reportId, Report.Child child) {
        jdbc.sql("""
                        insert into report_child (report_id, child_id, matter_id, known_before)
                        values (:report, :child, :matter, :known)""")
                .param("report", reportId).param("child", child.childId()).param("matter", child.matterId())
                .param("known", child.knownBefore()).update();
    }

    Optional<Report> findById(UUID id) {
        return jdbc.sql(REPORT + " where r.id = :id").param("id", id)
                .query((rs, n) -> report(rs, children(rs.getObject("id", UUID.class))))
                .optional();
    }

    List<Report.Child> children(UUID reportId) {
        return jdbc.sql("select child_id, matter_id, known_before from report_child where report_id = :r order by entered_order")
                .param("r", reportId)
                .query((rs, n) -> new Report.Child(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getBoolean(3)))
                .list();
    }

    void insertProtection(ProtectionAssessment a, UUID by) {
        jdbc.sql("""
                        insert into protection_assessment (report_id, child_id, assessed_at, immediate_protection_needed,
                            reasoning, assessed_by) values (:report, :child, :at, :needed, :reasoning, :by)""")
                .param("report", a.reportId()).param("child", a.childId()).param("at", Timestamp.from(a.assessedAt()))
                .param("needed", a.immediateProtectionNeeded()).param("reasoning", a.reasoning()).param("by", by)
                .update();
    }

    Optional<ProtectionAssessment> protection(UUID reportId, UUID childId) {
        return jdbc.sql("""
                        select p.report_id, p.child_id, p.assessed_at, p.immediate_protection_needed, p.reasoning,
                               u.display_name
                        from protection_assessment p join app_user u on u.id = p.assessed_by
                        where p.report_id = :r and p.child_id = :c""")
                .param("r", reportId).param("c", childId)
                .query((rs, n) -> new ProtectionAssessment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getTimestamp(3).toInstant(), rs.getBoolean(4), rs.getString(5), rs.getString(6)))
                .optional();
    }

    void insertPreliminary(PreliminaryAssessment a, UUID by) {
        Level level = null;
        String openIntervention = null;
        String transferredTo = null;
        switch (a.outcome()) {
            case PreliminaryAssessment.OpenInvestigation open -> level = open.level();
            case PreliminaryAssessment.NoInvestigation none -> {
                level = none.level();
                openIntervention = none.openIntervention();
            }
            case PreliminaryAssessment.Transfer transfer -> transferredTo = transfer.municipality();
            case PreliminaryAssessment.JoinInvestigation join -> { }
        }
        jdbc.sql("""
                        insert into preliminary_assessment (report_id, child_id, decided_on, outcome, level,
                            open_intervention, transferred_to, reasoning, decided_by)
                        values (:report, :child, :on, :outcome, :level, :intervention, :transfer, :reasoning, :by)""")
                .param("report", a.reportId()).param("child", a.childId()).param("on", a.decidedOn())
                .param("outcome", a.outcome().code().name()).param("level", level == null ? null : level.name())
                .param("intervention", openIntervention)
                .param("transfer", transferredTo).param("reasoning", a.reasoning()).param("by", by)
                .update();
    }

    Optional<PreliminaryAssessment> preliminary(UUID reportId, UUID childId) {
        return jdbc.sql("""
                        select p.report_id, p.child_id, p.decided_on, p.outcome, p.level, p.open_intervention,
                               p.transferred_to, p.reasoning, u.display_name
                        from preliminary_assessment p join app_user u on u.id = p.decided_by
                        where p.report_id = :r and p.child_id = :c""")
                .param("r", reportId).param("c", childId)
                .query((rs, n) -> new PreliminaryAssessment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class), preliminaryOutcome(rs), rs.getString(8),
                        rs.getString(9)))
                .optional();
    }

    /** The table's checks keep each outcome's columns as the outcome's record needs them. */
    private static PreliminaryAssessment.Outcome preliminaryOutcome(ResultSet rs) throws SQLException {
        Level level = rs.getString(5) == null ? null : Level.valueOf(rs.getString(5));
        return switch (PreliminaryOutcome.valueOf(rs.getString(4))) {
            case OPEN_INVESTIGATION -> new PreliminaryAssessment.OpenInvestigation(level);
            case NO_INVESTIGATION -> new PreliminaryAssessment.NoInvestigation(level, rs.getString(6));
            case JOIN_INVESTIGATION -> new PreliminaryAssessment.JoinInvestigation();
            case TRANSFER -> new PreliminaryAssessment.Transfer(rs.getString(7));
        };
    }

    /** A matter's reports, protection assessments and preliminary assessments, as timeline entries. */
    List<TimelineEntry> timeline(UUID matterId) {
        List<TimelineEntry> entries = new ArrayList<>(jdbc.sql("""
                        select r.received_at, r.kind, r.reporter_category, r.anonymous, u.display_name
                        from report r join report_child c on c.report_id = r.id join app_user u on u.id = r.registered_by
                        where c.matter_id = :m""")
                .param("m", matterId)
                .query((rs, n) -> new TimelineEntry(rs.getTimestamp(1).toInstant(), "REPORT",
                        new Phrase("intake.timeline.report." + rs.getString(2) + (rs.getBoolean(4) ? ".anonymous" : ""),
                                new Phrase("reporter." + rs.getString(3))), rs.getString(5)))
                .list());
        entries.addAll(jdbc.sql("""
                        select p.assessed_at, p.immediate_protection_needed, u.display_name
                        from protection_assessment p join report_child c using (report_id, child_id)
                        join app_user u on u.id = p.assessed_by where c.matter_id = :m""")
                .param("m", matterId)
                .query((rs, n) -> new TimelineEntry(rs.getTimestamp(1).toInstant(), "PROTECTION",
                        rs.getBoolean(2) ? "intake.timeline.protection.needed" : "intake.timeline.protection.not-needed",
                        rs.getString(3)))
                .list());
        entries.addAll(jdbc.sql("""
                        select p.recorded_at, p.outcome, u.display_name, p.decided_on
                        from preliminary_assessment p join report_child c using (report_id, child_id)
                        join app_user u on u.id = p.decided_by where c.matter_id = :m""")
                .param("m", matterId)
                .query((rs, n) -> new TimelineEntry(rs.getTimestamp(1).toInstant(), "PRELIMINARY",
                        new Phrase("intake.timeline.preliminary", rs.getObject(4, LocalDate.class).toString(),
                                new Phrase("intake.timeline.outcome." + rs.getString(2))), rs.getString(3)))
                .list());
        return entries;
    }

    static Report report(ResultSet rs, List<Report.Child> children) throws SQLException {
        return new Report(rs.getObject("id", UUID.class), ReportKind.valueOf(rs.getString("kind")),
                rs.getTimestamp("received_at").toInstant(), ReporterCategory.valueOf(rs.getString("reporter_category")),
                rs.getBoolean("anonymous"), rs.getString("reporter_name"), rs.getString("reporter_organisation"),
                rs.getString("reporter_contact"), reasons(rs.getArray("concern_reasons")), rs.getString("description"),
                rs.getString("display_name"), children, false);
    }

    private static Set<ConcernReason> reasons(Array array) throws SQLException {
        Set<ConcernReason> reasons = EnumSet.noneOf(ConcernReason.class);
        reasons.addAll(Arrays.stream((String[]) array.getArray()).map(ConcernReason::valueOf)
                .collect(Collectors.toSet()));
        return reasons;
    }
}
