package se.helhet.routine;

import java.time.Instant;
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

import se.helhet.matter.MatterKind;

/** The families' matches of routines, their stops and the consultations held. */
@Repository
class StopRepository implements Matching.Matches {

    record Match(UUID id, UUID routineId, String routineName, LocalDate matchedOn) {
    }

    record Stop(UUID id, UUID matchId, int position, String name, Gate gate, Integer workingDays,
                MatterKind matterKind, boolean acute, String guidance, LocalDate dueOn) {
    }

    record Consultation(UUID id, UUID stopId, LocalDate heldOn, List<UUID> participantIds, String agreed,
                        String nextStep, String recordedBy, Instant recordedAt) {
    }

    private static final String MATCH = """
            select rm.id, rm.routine_id, r.name, rm.matched_on from routine_match rm join routine r on r.id = rm.routine_id
            """;

    private final JdbcClient jdbc;

    StopRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UUID> matchHolding(UUID routineId, Collection<UUID> matterIds) {
        return jdbc.sql("""
                        select rm.id from routine_match rm join routine_match_matter mm on mm.match_id = rm.id
                        where rm.routine_id = :routine and mm.matter_id = any(:matters)
                        order by rm.matched_on desc limit 1""")
                .param("routine", routineId).param("matters", matterIds.toArray(UUID[]::new))
                .query(UUID.class).optional();
    }

    @Override
    public void insertMatch(UUID id, UUID routineId, LocalDate matchedOn) {
        jdbc.sql("insert into routine_match (id, routine_id, matched_on) values (:id, :routine, :on)")
                .param("id", id).param("routine", routineId).param("on", matchedOn).update();
    }

    @Override
    public void addMatter(UUID matchId, UUID matterId) {
        jdbc.sql("insert into routine_match_matter (match_id, matter_id) values (:match, :matter) on conflict do nothing")
                .param("match", matchId).param("matter", matterId).update();
    }

    @Override
    public void insertStop(UUID matchId, Routine.Step step, LocalDate dueOn) {
        Map<String, Object> values = new HashMap<>();
        values.put("days", step.workingDays());
        values.put("kind", step.matterKind() == null ? null : step.matterKind().name());
        values.put("guidance", step.guidance());
        values.put("due", dueOn);
        jdbc.sql("""
                        insert into stop (id, match_id, position, name, gate, working_days, matter_kind, acute, guidance,
                            due_on)
                        values (:id, :match, :position, :name, :gate, :days, :kind, :acute, :guidance, :due)""")
                .param("id", UUID.randomUUID()).param("match", matchId).param("position", step.position())
                .param("name", step.name()).param("gate", step.gate().name()).param("acute", step.acute())
                .params(values).update();
    }

    /** The matches that hold one of these matters, newest first. */
    List<Match> matchesHolding(Collection<UUID> matterIds) {
        if (matterIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(MATCH + """
                         where exists (select 1 from routine_match_matter mm
                                      where mm.match_id = rm.id and mm.matter_id = any(:matters))
                        order by rm.matched_on desc""")
                .param("matters", matterIds.toArray(UUID[]::new)).query(StopRepository::match).list();
    }

    Optional<Match> match(UUID id) {
        return jdbc.sql(MATCH + " where rm.id = :id").param("id", id).query(StopRepository::match).optional();
    }

    List<UUID> mattersOf(UUID matchId) {
        return jdbc.sql("select matter_id from routine_match_matter where match_id = :m").param("m", matchId)
                .query(UUID.class).list();
    }

    List<Stop> stopsOf(Collection<UUID> matchIds) {
        return jdbc.sql("""
                        select id, match_id, position, name, gate, working_days, matter_kind, acute, guidance, due_on
                        from stop where match_id = any(:matches) order by match_id, position""")
                .param("matches", matchIds.toArray(UUID[]::new)).query(StopRepository::stop).list();
    }

    Optional<Stop> findStop(UUID id) {
        return jdbc.sql("""
                        select id, match_id, position, name, gate, working_days, matter_kind, acute, guidance, due_on
                        from stop where id = :id""")
                .param("id", id).query(StopRepository::stop).optional();
    }

    List<Consultation> consultationsOf(Collection<UUID> stopIds) {
        return jdbc.sql("""
                        select c.id, c.stop_id, c.held_on, c.participant_ids, c.agreed, c.next_step, u.display_name,
                               c.recorded_at
                        from stop_consultation c join app_user u on u.id = c.recorded_by
                        where c.stop_id = any(:stops) order by c.held_on, c.recorded_at""")
                .param("stops", stopIds.toArray(UUID[]::new))
                .query((rs, n) -> new Consultation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class), Arrays.asList((UUID[]) rs.getArray(4).getArray()),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()))
                .list();
    }

    void insertConsultation(UUID id, UUID stopId, LocalDate heldOn, List<UUID> participants, String agreed,
                            String nextStep, UUID by) {
        Map<String, Object> values = new HashMap<>();
        values.put("next", nextStep);
        jdbc.sql("""
                        insert into stop_consultation (id, stop_id, held_on, participant_ids, agreed, next_step, recorded_by)
                        values (:id, :stop, :held, :participants, :agreed, :next, :by)""")
                .param("id", id).param("stop", stopId).param("held", heldOn)
                .param("participants", participants.toArray(UUID[]::new)).param("agreed", agreed)
                .param("by", by).params(values).update();
    }

    private static Match match(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Match(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getObject(4, LocalDate.class));
    }

    private static Stop stop(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String kind = rs.getString("matter_kind");
        return new Stop(rs.getObject("id", UUID.class), rs.getObject("match_id", UUID.class), rs.getInt("position"),
                rs.getString("name"), Gate.valueOf(rs.getString("gate")), (Integer) rs.getObject("working_days"),
                kind == null ? null : MatterKind.valueOf(kind), rs.getBoolean("acute"), rs.getString("guidance"),
                rs.getObject("due_on", LocalDate.class));
    }
}
