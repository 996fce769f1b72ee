package se.helhet.investigation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProposalRepository {

    private final JdbcClient jdbc;

    ProposalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Proposal> find(UUID investigationId) {
        return jdbc.sql("""
                        select p.investigation_id, p.outcome, p.intervention_code, p.reasons, p.proposed_by,
                               u.display_name, p.saved_at, p.submitted_at, p.version
                        from decision_proposal p join app_user u on u.id = p.proposed_by
                        where p.investigation_id = :id""")
                .param("id", investigationId).query(ProposalRepository::proposal).optional();
    }

    /** The first proposal of an investigation; false when one is written already. */
    boolean insert(UUID investigationId, DecisionOutcome outcome, String code, String reasons, UUID by) {
        return jdbc.sql("""
                        insert into decision_proposal (investigation_id, outcome, intervention_code, reasons, proposed_by)
                        values (:id, :outcome, :code, :reasons, :by)
                        on conflict (investigation_id) do nothing""")
                .param("id", investigationId).param("outcome", outcome == null ? null : outcome.name())
                .param("code", code).param("reasons", reasons).param("by", by).update() == 1;
    }

    /** Changes a proposal not yet submitted, if nobody changed it since {@code version} was read. */
    boolean update(UUID investigationId, int version, DecisionOutcome outcome, String code, String reasons, UUID by) {
        return jdbc.sql("""
                        update decision_proposal set outcome = :outcome, intervention_code = :code, reasons = :reasons,
                            proposed_by = :by, saved_at = clock_timestamp(), version = version + 1
                        where investigation_id = :id and version = :version and submitted_at is null""")
                .param("id", investigationId).param("outcome", outcome == null ? null : outcome.name())
                .param("code", code).param("reasons", reasons).param("by", by).param("version", version)
                .update() == 1;
    }

    boolean submit(UUID investigationId, int version) {
        return jdbc.sql("""
                        update decision_proposal set submitted_at = clock_timestamp(), version = version + 1
                        where investigation_id = :id and version = :version and submitted_at is null""")
                .param("id", investigationId).param("version", version).update() == 1;
    }

    private static Proposal proposal(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString(2);
        return new Proposal(rs.getObject(1, UUID.class), outcome == null ? null : DecisionOutcome.valueOf(outcome),
                rs.getString(3), rs.getString(4), rs.getObject(5, UUID.class), rs.getString(6),
                rs.getTimestamp(7).toInstant(), rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant(),
                rs.getInt(9));
    }
}
