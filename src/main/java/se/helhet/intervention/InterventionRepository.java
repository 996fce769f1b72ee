package se.helhet.intervention;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.helhet.common.Level;
import se.helhet.matter.TimelineEntry;

@Repository
class InterventionRepository {

    private static final String INTERVENTION = """
            select i.id, i.matter_id, i.child_id, c.code, c.name, c.levels, c.needs_assessment, i.provider_kind, i.provider_name,
                   i.responsible_worker_id, u.display_name, i.goals, i.decision_id, i.decided_on, i.state,
                   i.offered_on, i.accepted_on, i.declined_on, i.started_on, i.completed_on, i.ended_early_on,
                   i.reason, i.version
            from intervention i join intervention_catalogue c on c.code = i.code
            join app_user u on u.id = i.responsible_worker_id""";

    private final JdbcClient jdbc;

    InterventionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CatalogueEntry> catalogue() {
        return jdbc.sql("select code, name, levels, needs_assessment from intervention_catalogue order by sort_order")
                .query((rs, n) -> entry(rs)).list();
    }

    Optional<CatalogueEntry> entry(String code) {
        return jdbc.sql("select code, name, levels, needs_assessment from intervention_catalogue where code = :code")
                .param("code", code).query((rs, n) -> entry(rs)).optional();
    }

    void insert(Intervention i, UUID offeredBy) {
        jdbc.sql("""
                        insert into intervention (id, matter_id, child_id, code, provider_kind, provider_name, responsible_worker_id,
                            goals, decision_id, decided_on, state, offered_on, offered_by)
                        values (:id, :matter, :child, :code, :kind, :provider, :worker, :goals, :decision, :decidedOn, :state,
                            :offeredOn, :by)""")
                .param("id", i.id()).param("matter", i.matterId()).param("child", i.childId())
                .param("code", i.kind().code())
                .param("kind", i.provider().kind().name()).param("provider", i.provider().name())
                .param("worker", i.responsibleWorkerId()).param("goals", i.goals()).param("decision", i.decisionId())
                .param("decidedOn", i.decidedOn()).param("state", i.state().name())
                .param("offeredOn", i.dates().offered()).param("by", offeredBy)
                .update();
    }

    /** Optimistic: writes only over the version the user read, so a stale step is refused, never applied. */
    boolean update(Intervention i, int version) {
        Intervention.Dates d = i.dates();
        return jdbc.sql("""
                        update intervention set state = :state, accepted_on = :accepted, declined_on = :declined,
                            started_on = :started, completed_on = :completed, ended_early_on = :endedEarly,
                            reason = :reason, version = version + 1
                        where id = :id and version = :version""")
                .param("state", i.state().name()).param("accepted", d.accepted()).param("declined", d.declined())
                .param("started", d.started()).param("completed", d.completed()).param("endedEarly", d.endedEarly())
                .param("reason", i.reason()).param("id", i.id()).param("version", version)
                .update() == 1;
    }

    void insertStep(UUID interventionId, InterventionState state, LocalDate on, String reason, UUID by) {
        jdbc.sql("""
                        insert into intervention_step (intervention_id, state, on_date, reason, recorded_by)
                        values (:id, :state, :on, :reason, :by)""")
                .param("id", interventionId).param("state", state.name()).param("on", on).param("reason", reason)
                .param("by", by).update();
    }

    Optional<Intervention> findById(UUID id) {
        return jdbc.sql(INTERVENTION + " where i.id = :id").param("id", id)
                .query((rs, n) -> intervention(rs)).optional();
    }

    List<Intervention> forMatter(UUID matterId) {
        return jdbc.sql(INTERVENTION + " where i.matter_id = :m order by i.offered_on desc, c.sort_order")
                .param("m", matterId).query((rs, n) -> intervention(rs)).list();
    }

    /** Every step of the matter's interventions as the timeline shows it. */
    List<TimelineEntry> steps(UUID matterId) {
        return jdbc.sql("""
                        select s.recorded_at, s.state, s.on_date, s.reason, c.name, u.display_name
                        from intervention_step s join intervention i on i.id = s.intervention_id
                        join intervention_catalogue c on c.code = i.code join app_user u on u.id = s.recorded_by
                        where i.matter_id = :m""")
                .param("m", matterId)
                .query((rs, n) -> new TimelineEntry(rs.getTimestamp(1).toInstant(), "INTERVENTION",
                        InterventionTexts.step(InterventionState.valueOf(rs.getString(2)), rs.getString(5),
                                rs.getObject(3, LocalDate.class), rs.getString(4)),
                        rs.getString(6)))
                .list();
    }

    private static CatalogueEntry entry(ResultSet rs) throws SQLException {
        return new CatalogueEntry(rs.getString("code"), rs.getString("name"), levels(rs.getArray("levels")),
                rs.getBoolean("needs_assessment"));
    }

    private static Intervention intervention(ResultSet rs) throws SQLException {
        return new Intervention(rs.getObject("id", UUID.class), rs.getObject("matter_id", UUID.class),
                rs.getObject("child_id", UUID.class), entry(rs),
                new Provider(ProviderKind.valueOf(rs.getString("provider_kind")), rs.getString("provider_name")),
                rs.getObject("responsible_worker_id", UUID.class), rs.getString("display_name"), rs.getString("goals"),
                rs.getObject("decision_id", UUID.class), rs.getObject("decided_on", LocalDate.class),
                InterventionState.valueOf(rs.getString("state")),
                new Intervention.Dates(rs.getObject("offered_on", LocalDate.class),
                        rs.getObject("accepted_on", LocalDate.class), rs.getObject("declined_on", LocalDate.class),
                        rs.getObject("started_on", LocalDate.class), rs.getObject("completed_on", LocalDate.class),
                        rs.getObject("ended_early_on", LocalDate.class)),
                rs.getString("reason"), rs.getInt("version"));
    }

    private static java.util.Set<Level> levels(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(Level::valueOf).collect(Collectors.toSet());
    }
}
