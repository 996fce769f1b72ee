package se.helhet.worklist;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.access.Role;
import se.helhet.common.Deadline;
import se.helhet.common.Level;
import se.helhet.person.People;

@Service
public class Worklists {

    public record TeamMember(UUID userId, String name, long openMatters, long overdue) {
    }

    public record Team(List<TeamMember> members, List<MyMatter> unassigned, List<MyMatter> overdue) {
    }

    private record Row(UUID matter, UUID child, Level level, UUID worker, LocalDateTime received,
                       boolean protectionDone, LocalDate investigationOpened,
                       LocalDate legalDue, Level investigationLevel) {
    }

    private final JdbcClient jdbc;
    private final People people;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    Worklists(JdbcClient jdbc, People people, CurrentUsers currentUsers, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** My open matters, the one due first on top. */
    public List<MyMatter> mine() {
        CurrentUser user = currentUsers.require();
        return matters(rows("m.responsible_worker_id = :value", user.id()));
    }

    /** What is due next in one matter, for the matter's own page (the caller has checked the right to it). */
    public Optional<MyMatter> forMatter(UUID matterId) {
        return matters(rows("m.id = :value", matterId)).stream().findFirst();
    }

    public Team team() {
        CurrentUser user = currentUsers.require();
        if (!user.has(Role.UNIT_MANAGER)) {
            throw new AccessDeniedException("Not a manager");
        }
        List<Due> dues = due(rows("m.unit_id = any(:value)", user.unitIds().toArray(UUID[]::new)));
        List<MyMatter> overdue = shown(dues.stream().filter(Due::overdue).toList());
        // While intake assesses, the receiving function holds the matter; someone must be responsible once it is
        // investigated or helped.
        List<MyMatter> unassigned = shown(dues.stream()
                .filter(d -> d.row().worker() == null && !d.intakePhase()).toList());
        List<TeamMember> members = jdbc.sql("""
                        select u.id, u.display_name from app_user u join user_unit uu on uu.user_id = u.id
                        where uu.unit_id = any(:units) and u.enabled
                          and u.roles && array['SOCIAL_WORKER', 'INTAKE_WORKER']
                        group by u.id, u.display_name order by u.display_name""")
                .param("units", user.unitIds().toArray(UUID[]::new))
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    List<Due> theirs = dues.stream().filter(d -> id.equals(d.row().worker())).toList();
                    return new TeamMember(id, rs.getString(2), theirs.size(), theirs.stream().filter(Due::overdue).count());
                })
                .list();
        return new Team(members, unassigned, overdue);
    }

    private List<Row> rows(String condition, Object value) {
        return jdbc.sql("""
                        select m.id, m.child_id, m.level, m.responsible_worker_id,
                               min(r.received_at) filter (where pa.report_id is null) as waiting_since,
                               bool_and(p.report_id is not null) as protection_done,
                               i.opened_on, i.legal_due, i.level as investigation_level
                        from matter m
                        left join report_child c on c.matter_id = m.id
                        left join report r on r.id = c.report_id
                        left join protection_assessment p on p.report_id = c.report_id and p.child_id = c.child_id
                        left join preliminary_assessment pa on pa.report_id = c.report_id and pa.child_id = c.child_id
                        left join investigation i on i.matter_id = m.id and i.closed_on is null
                        where m.closed_on is null and\s""" + condition + """

                        group by m.id, i.id
                        limit 1000""")
                .param("value", value)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        level(rs.getString(3)), rs.getObject(4, UUID.class),
                        rs.getTimestamp(5) == null ? null
                                : LocalDateTime.ofInstant(rs.getTimestamp(5).toInstant(), clock.getZone()),
                        rs.getBoolean(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                        level(rs.getString(9))))
                .list();
    }

    /** What is due in a matter, worked out before any person is read. */
    private record Due(Row row, String step, Deadline legal, Deadline goal, boolean overdue) {

        boolean intakePhase() {
            return row.investigationOpened() == null && row.received() != null;
        }
    }

    private List<Due> due(List<Row> rows) {
        LocalDate today = LocalDate.now(clock);
        return rows.stream().map(r -> {
            if (r.investigationOpened() != null) {
                Deadline legal = Deadline.investigation(r.investigationOpened(), r.legalDue());
                Deadline goal = Deadline.investigationGoal(r.investigationOpened(), r.investigationLevel());
                return new Due(r, "Utredning", legal, goal, legal.status(today).isOverdue());
            }
            if (r.received() != null) {
                Deadline legal = Deadline.intake(r.received(), r.protectionDone());
                return new Due(r, r.protectionDone() ? "Förhandsbedömning" : "Skyddsbedömning", legal, null,
                        legal.status(today).isOverdue());
            }
            // Decided and in the intervention phase: no time limit of the law runs.
            return new Due(r, "Insats och uppföljning", null, null, false);
        }).toList();
    }

    private List<MyMatter> matters(List<Row> rows) {
        return shown(due(rows));
    }

    /** The matters a page shows, with their children: only these are read (and logged) from the register. */
    private List<MyMatter> shown(List<Due> dues) {
        var children = people.listed(dues.stream().map(d -> d.row().child()).toList(), "worklist");
        LocalDate today = LocalDate.now(clock);
        return dues.stream().filter(d -> children.containsKey(d.row().child()))
                .map(d -> new MyMatter(d.row().matter(), children.get(d.row().child()), d.row().level(), d.step(),
                        d.legal(), d.legal() == null ? null : d.legal().status(today), d.goal(),
                        d.goal() == null ? null : d.goal().status(today)))
                .sorted(Comparator.comparing((MyMatter m) -> m.legal() == null ? LocalDate.MAX : m.legal().due()))
                .toList();
    }

    private static Level level(String value) {
        return value == null ? null : Level.valueOf(value);
    }
}
