package se.helhet.childimpact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Adult decisions, analyses with their consequences, and joint commissions. */
@Repository
class ChildImpactRepository {

    /** An analysis as stored; the consequences and the commission are read beside it. */
    record Stored(UUID id, UUID childId, LocalDate madeOn, String situation, String childViews, String howHeard,
                  String jointAssessment, List<UUID> participantIds, String recordedBy, java.time.Instant recordedAt) {
    }

    /** A matter's part; its texts and writer are null while the part is awaited. */
    record StoredConsequence(UUID analysisId, UUID matterId, String plannedDecision, String consequence,
                             String writtenBy) {

        boolean written() {
            return consequence != null;
        }
    }

    private static final String DECISION = """
            select d.id, d.matter_id, d.person_id, d.decided_on, d.subject, d.outcome, d.reasons, d.decided_by,
                   b.display_name as decided_by_name, r.display_name as recorded_by_name, d.recorded_at
            from adult_decision d join app_user b on b.id = d.decided_by join app_user r on r.id = d.recorded_by""";

    private static final String ANALYSIS = """
            select a.id, a.child_id, a.made_on, a.situation, a.child_views, a.how_heard, a.joint_assessment,
                   a.participant_ids, u.display_name, a.recorded_at
            from child_impact_analysis a join app_user u on u.id = a.recorded_by""";

    private final JdbcClient jdbc;

    ChildImpactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertDecision(UUID id, UUID matterId, UUID personId, LocalDate decidedOn, String subject,
                        AdultDecision.Outcome outcome, String reasons, UUID decidedBy, UUID recordedBy) {
        jdbc.sql("""
                        insert into adult_decision (id, matter_id, person_id, decided_on, subject, outcome, reasons,
                            decided_by, recorded_by)
                        values (:id, :matter, :person, :on, :subject, :outcome, :reasons, :decidedBy, :by)""")
                .param("id", id).param("matter", matterId).param("person", personId).param("on", decidedOn)
                .param("subject", subject).param("outcome", outcome.name()).param("reasons", reasons)
                .param("decidedBy", decidedBy).param("by", recordedBy).update();
    }

    List<AdultDecision> decisionsIn(UUID matterId) {
        return jdbc.sql(DECISION + " where d.matter_id = :m order by d.decided_on desc, d.recorded_at desc")
                .param("m", matterId).query(ChildImpactRepository::decision).list();
    }

    Optional<AdultDecision> decision(UUID id) {
        return jdbc.sql(DECISION + " where d.id = :id").param("id", id).query(ChildImpactRepository::decision)
                .optional();
    }

    /** The analysis with the writer's own parts, and an awaited part for each invited matter. */
    void insertAnalysis(UUID id, UUID childId, LocalDate madeOn, ChildImpactRules.Checked a, Collection<UUID> invited,
                        UUID by) {
        jdbc.sql("""
                        insert into child_impact_analysis (id, child_id, made_on, situation, child_views, how_heard,
                            joint_assessment, participant_ids, recorded_by)
                        values (:id, :child, :on, :situation, :views, :heard, :assessment, :participants, :by)""")
                .param("id", id).param("child", childId).param("on", madeOn).param("situation", a.situation())
                .param("views", a.childViews()).param("heard", a.howHeard()).param("assessment", a.jointAssessment())
                .param("participants", a.participantIds().toArray(UUID[]::new)).param("by", by).update();
        for (ChildImpactRules.CheckedConsequence c : a.consequences()) {
            jdbc.sql("""
                            insert into child_impact_consequence (analysis_id, matter_id, planned_decision, consequence,
                                written_by, written_at)
                            values (:a, :m, :planned, :consequence, :by, clock_timestamp())""")
                    .param("a", id).param("m", c.matterId()).param("planned", c.plannedDecision())
                    .param("consequence", c.consequence()).param("by", by).update();
        }
        for (UUID matter : invited) {
            jdbc.sql("insert into child_impact_consequence (analysis_id, matter_id) values (:a, :m)")
                    .param("a", id).param("m", matter).update();
        }
        if (a.commission() != null) {
            var c = a.commission();
            jdbc.sql("""
                            insert into joint_commission (id, analysis_id, provider_name, commissioned_on, child_needs,
                                adult_needs)
                            values (:id, :a, :provider, :on, :child, :adult)""")
                    .param("id", UUID.randomUUID()).param("a", id).param("provider", c.providerName())
                    .param("on", c.commissionedOn()).param("child", c.childNeeds()).param("adult", c.adultNeeds())
                    .update();
        }
    }

    /** Writes an awaited part; false when it was written meanwhile or is not part of the analysis. */
    boolean writePart(UUID analysisId, ChildImpactRules.CheckedConsequence part, UUID by) {
        return jdbc.sql("""
                        update child_impact_consequence
                        set planned_decision = :planned, consequence = :consequence, written_by = :by,
                            written_at = clock_timestamp()
                        where analysis_id = :a and matter_id = :m and written_by is null""")
                .param("planned", part.plannedDecision()).param("consequence", part.consequence()).param("by", by)
                .param("a", analysisId).param("m", part.matterId()).update() == 1;
    }

    Optional<Stored> analysis(UUID id) {
        return jdbc.sql(ANALYSIS + " where a.id = :id").param("id", id).query(ChildImpactRepository::stored)
                .optional();
    }

    /** The analyses of these children, or covering one of these matters, newest first. */
    List<Stored> analyses(Collection<UUID> childIds, Collection<UUID> matterIds) {
        return jdbc.sql(ANALYSIS + """
                         where a.child_id = any(:children)
                            or exists (select 1 from child_impact_consequence c where c.analysis_id = a.id
                                       and c.matter_id = any(:matters))
                        order by a.made_on desc, a.recorded_at desc""")
                .param("children", childIds.toArray(UUID[]::new)).param("matters", matterIds.toArray(UUID[]::new))
                .query(ChildImpactRepository::stored).list();
    }

    List<StoredConsequence> consequences(Collection<UUID> analysisIds) {
        return jdbc.sql("""
                        select c.analysis_id, c.matter_id, c.planned_decision, c.consequence, u.display_name
                        from child_impact_consequence c left join app_user u on u.id = c.written_by
                        where c.analysis_id = any(:ids) order by c.written_at nulls last""")
                .param("ids", analysisIds.toArray(UUID[]::new))
                .query((rs, n) -> new StoredConsequence(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    Map<UUID, ChildImpactAnalysis.Commission> commissions(Collection<UUID> analysisIds) {
        Map<UUID, ChildImpactAnalysis.Commission> found = new HashMap<>();
        jdbc.sql("""
                        select analysis_id, provider_name, commissioned_on, child_needs, adult_needs from joint_commission
                        where analysis_id = any(:ids)""")
                .param("ids", analysisIds.toArray(UUID[]::new))
                .query((rs, n) -> found.put(rs.getObject(1, UUID.class), new ChildImpactAnalysis.Commission(
                        rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5))))
                .list();
        return found;
    }

    private static AdultDecision decision(ResultSet rs, int row) throws SQLException {
        return new AdultDecision(rs.getObject("id", UUID.class), rs.getObject("matter_id", UUID.class),
                rs.getObject("person_id", UUID.class), rs.getObject("decided_on", LocalDate.class),
                rs.getString("subject"), AdultDecision.Outcome.valueOf(rs.getString("outcome")),
                rs.getString("reasons"), rs.getObject("decided_by", UUID.class), rs.getString("decided_by_name"),
                rs.getString("recorded_by_name"), rs.getTimestamp("recorded_at").toInstant());
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                Arrays.asList((UUID[]) rs.getArray(8).getArray()), rs.getString(9), rs.getTimestamp(10).toInstant());
    }
}
