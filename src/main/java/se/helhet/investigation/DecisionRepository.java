package se.helhet.investigation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DecisionRepository {

    private static final String SELECT = """
            select d.id, d.investigation_id, d.matter_id, d.outcome, d.intervention_code, d.reasons, d.decided_on,
                   u.display_name, d.appealable, d.letter, d.recorded_at, proposer.display_name
            from decision d join app_user u on u.id = d.decided_by
            left join app_user proposer on proposer.id = d.proposed_by""";

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Decision d, UUID decidedBy) {
        jdbc.sql("""
                        insert into decision (id, investigation_id, matter_id, outcome, intervention_code, reasons,
                            decided_on, decided_by, appealable, letter)
                        values (:id, :investigation, :matter, :outcome, :code, :reasons, :on, :by, :appealable, :letter)""")
                .param("id", d.id()).param("investigation", d.investigationId()).param("matter", d.matterId())
                .param("outcome", d.outcome().code().name())
                .param("code", d.outcome() instanceof Decision.OnIntervention on ? on.interventionCode() : null)
                .param("reasons", d.reasons()).param("on", d.decidedOn()).param("by", decidedBy)
                .param("appealable", d.appealable())
                .param("letter", d.letter())
                .update();
    }

    /** The decision was taken on the investigator's submitted proposal, when there is one: it names whose. */
    void recordProposal(UUID decisionId) {
        jdbc.sql("""
                        update decision d set proposed_by = p.proposed_by from decision_proposal p
                        where d.id = :id and p.investigation_id = d.investigation_id and p.submitted_at is not null""")
                .param("id", decisionId).update();
    }

    boolean closeInvestigation(UUID investigationId, LocalDate on) {
        return jdbc.sql("update investigation set closed_on = :on, version = version + 1 where id = :id and closed_on is null")
                .param("on", on).param("id", investigationId).update() == 1;
    }

    Optional<Decision> findById(UUID id) {
        return jdbc.sql(SELECT + " where d.id = :id").param("id", id).query(DecisionRepository::decision).optional();
    }

    List<Decision> forMatter(UUID matterId) {
        return jdbc.sql(SELECT + " where d.matter_id = :m order by d.recorded_at").param("m", matterId)
                .query(DecisionRepository::decision).list();
    }

    /** Appealable is stored for readers of the table; the outcome decides it, and a refusal always is. */
    private static Decision decision(ResultSet rs, int row) throws SQLException {
        return new Decision(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                Decision.Outcome.of(DecisionOutcome.valueOf(rs.getString(4)), rs.getString(5)), rs.getString(6),
                rs.getObject(7, LocalDate.class), rs.getString(8), rs.getString(10), rs.getTimestamp(11).toInstant(),
                rs.getString(12));
    }
}
