package se.helhet.routine;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.helhet.matter.MatterKind;

/** Routines and their stops as the administrator wrote them. */
@Repository
class RoutineRepository {

    private final JdbcClient jdbc;

    RoutineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Routine routine, UUID by) {
        jdbc.sql("""
                        insert into routine (id, name, description, applies_when, also_involves, created_by)
                        values (:id, :name, :description, :applies, :also, :by)""")
                .param("id", routine.id()).param("name", routine.name()).param("description", routine.description())
                .param("applies", names(routine.appliesWhen())).param("also", names(routine.alsoInvolves()))
                .param("by", by).update();
        for (Routine.Step s : routine.stops()) {
            Map<String, Object> values = new HashMap<>();
            values.put("days", s.workingDays());
            values.put("kind", s.matterKind() == null ? null : s.matterKind().name());
            values.put("guidance", s.guidance());
            jdbc.sql("""
                            insert into routine_stop (routine_id, position, name, gate, working_days, matter_kind, acute,
                                guidance)
                            values (:routine, :position, :name, :gate, :days, :kind, :acute, :guidance)""")
                    .param("routine", routine.id()).param("position", s.position()).param("name", s.name())
                    .param("gate", s.gate().name()).param("acute", s.acute()).params(values).update();
        }
    }

    List<Routine> all() {
        return withStops(jdbc.sql("""
                        select id, name, description, applies_when, also_involves, active from routine order by name""")
                .query(RoutineRepository::routine).list());
    }

    Optional<Routine> findById(UUID id) {
        return withStops(jdbc.sql("""
                        select id, name, description, applies_when, also_involves, active from routine where id = :id""")
                .param("id", id).query(RoutineRepository::routine).list()).stream().findFirst();
    }

    boolean nameTaken(String name) {
        return jdbc.sql("select exists (select 1 from routine where lower(name) = lower(:name))").param("name", name)
                .query(Boolean.class).single();
    }

    /** The active routines in which a matter of this kind takes part. */
    List<Routine> activeConcerning(MatterKind kind) {
        return all().stream().filter(r -> r.active() && r.concerns(kind)).toList();
    }

    private List<Routine> withStops(List<Routine> routines) {
        if (routines.isEmpty()) {
            return routines;
        }
        Map<UUID, List<Routine.Step>> steps = new HashMap<>();
        jdbc.sql("""
                        select routine_id, position, name, gate, working_days, matter_kind, acute, guidance
                        from routine_stop where routine_id = any(:ids) order by routine_id, position""")
                .param("ids", routines.stream().map(Routine::id).toArray(UUID[]::new))
                .query((rs, n) -> {
                    String kind = rs.getString("matter_kind");
                    steps.computeIfAbsent(rs.getObject("routine_id", UUID.class), k -> new java.util.ArrayList<>())
                            .add(new Routine.Step(rs.getInt("position"), rs.getString("name"),
                                    Gate.valueOf(rs.getString("gate")), (Integer) rs.getObject("working_days"),
                                    kind == null ? null : MatterKind.valueOf(kind), rs.getBoolean("acute"),
                                    rs.getString("guidance")));
                    return null;
                }).list();
        return routines.stream().map(r -> new Routine(r.id(), r.name(), r.description(), r.appliesWhen(),
                r.alsoInvolves(), r.active(), steps.getOrDefault(r.id(), List.of()))).toList();
    }

    private static Routine routine(ResultSet rs, int row) throws SQLException {
        return new Routine(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
                kinds(rs.getArray("applies_when")), kinds(rs.getArray("also_involves")), rs.getBoolean("active"),
                List.of());
    }

    static Set<MatterKind> kinds(Array array) throws SQLException {
        Set<MatterKind> kinds = EnumSet.noneOf(MatterKind.class);
        Arrays.stream((String[]) array.getArray()).map(MatterKind::valueOf).forEach(kinds::add);
        return kinds;
    }

    private static String[] names(Set<MatterKind> kinds) {
        return kinds.stream().map(Enum::name).toArray(String[]::new);
    }
}
