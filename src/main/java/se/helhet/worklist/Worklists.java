package se.helhet.worklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.access.Role;
import se.helhet.common.Deadline;
import se.helhet.person.People;
import se.helhet.worklist.WorklistQueries.Row;

@Service
public class Worklists {

    static final String INVESTIGATION_STEP = "Utredning";

    public record TeamMember(UUID userId, String name, long openMatters, long overdue) {
    }

    /** The team's load; {@code proposals} are the matters whose investigator's proposed decision waits. */
    public record Team(List<TeamMember> members, List<MyMatter> unassigned, List<MyMatter> overdue,
                       List<MyMatter> proposals) {
    }

    private final WorklistQueries queries;
    private final People people;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    Worklists(WorklistQueries queries, People people, CurrentUsers currentUsers, Clock clock) {
        this.queries = queries;
        this.people = people;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** My open matters, the one due first on top. */
    public List<MyMatter> mine() {
        CurrentUser user = currentUsers.require();
        return matters(queries.rows("m.responsible_worker_id = :value", user.id()));
    }

    /** What is due next in one matter, for the matter's own page (the caller has checked the right to it). */
    public Optional<MyMatter> forMatter(UUID matterId) {
        return matters(queries.rows("m.id = :value", matterId)).stream().findFirst();
    }

    /** What is due next in each of these matters, read in one query (the caller has checked the right to them). */
    public java.util.Map<UUID, MyMatter> forMatters(java.util.Collection<UUID> matterIds) {
        if (matterIds.isEmpty()) {
            return java.util.Map.of();
        }
        return matters(queries.rows("m.id = any(:value)", matterIds.toArray(UUID[]::new))).stream()
                .collect(java.util.stream.Collectors.toMap(MyMatter::matterId, m -> m));
    }

    public Team team() {
        CurrentUser user = currentUsers.require();
        if (!user.has(Role.UNIT_MANAGER)) {
            throw new AccessDeniedException("Not a manager");
        }
        List<Due> dues = due(queries.rows("m.unit_id = any(:value)", user.unitIds().toArray(UUID[]::new)));
        List<MyMatter> overdue = shown(dues.stream().filter(Due::overdue).toList());
        // While intake assesses, the receiving function holds the matter; someone must be responsible once it is
        // investigated or helped.
        List<MyMatter> unassigned = shown(dues.stream()
                .filter(d -> d.row().worker() == null && !d.intakePhase()).toList());
        List<TeamMember> members = queries.members(user.unitIds()).stream().map(member -> {
            List<Due> theirs = dues.stream().filter(d -> member.userId().equals(d.row().worker())).toList();
            return new TeamMember(member.userId(), member.name(), theirs.size(),
                    theirs.stream().filter(Due::overdue).count());
        }).toList();
        List<MyMatter> proposals = shown(dues.stream().filter(d -> d.row().proposalSubmitted()).toList());
        return new Team(members, unassigned, overdue, proposals);
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
            if (!r.kind().childAndYouth()) {
                // The law's time limits and the pilot's goals are the children and youth matter's.
                return new Due(r, "Pågående", null, null, false);
            }
            if (r.investigationOpened() != null) {
                Deadline legal = Deadline.investigation(r.investigationOpened(), r.legalDue());
                Deadline goal = Deadline.investigationGoal(r.investigationOpened(), r.investigationLevel());
                return new Due(r, INVESTIGATION_STEP, legal, goal, legal.status(today).isOverdue());
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
                .map(d -> new MyMatter(d.row().matter(), d.row().kind(), children.get(d.row().child()), d.row().level(), d.step(),
                        d.legal(), d.legal() == null ? null : d.legal().status(today), d.goal(),
                        d.goal() == null ? null : d.goal().status(today)))
                .sorted(Comparator.comparing((MyMatter m) -> m.legal() == null ? LocalDate.MAX : m.legal().due()))
                .toList();
    }
}
