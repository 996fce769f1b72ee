package se.helhet.worklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.access.Role;
import se.helhet.common.Deadline;
import se.helhet.person.People;
import se.helhet.worklist.WorklistQueries.Only;
import se.helhet.worklist.WorklistQueries.Row;

/**
 * A social worker's own matters and the unit manager's view of the team. Lists are read a page at a time, the one
 * due first on top: the counts come from the database, and only the children a page shows are read (and logged).
 */
@Service
public class Worklists {

    static final String INVESTIGATION_STEP = "worklist.step.investigation";

    public record TeamMember(UUID userId, String name, long openMatters, long overdue) {
    }

    /**
     * The first matters of the team's lists, and how many each holds in all; {@code proposals} are the matters whose
     * investigator's proposed decision waits, all of them (each waits for the manager alone).
     */
    public record Team(List<TeamMember> members, Listing unassigned, Listing overdue, List<MyMatter> proposals) {
    }

    /** A page of a list, how many the whole list holds, and the key of the next page (null on the last). */
    public record Listing(List<MyMatter> matters, long total, String next) {
    }

    /** The manager's lists of the team's matters that a page can walk through. */
    enum TeamList {
        OVERDUE(Only.OVERDUE), UNASSIGNED(Only.UNASSIGNED);

        private final Only only;

        TeamList(Only only) {
            this.only = only;
        }
    }

    private static final String MINE = "w.worker_id = :value";
    private static final String UNITS = "w.unit_id = any(:value)";

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

    /** All my open matters, the one due first on top. */
    public List<MyMatter> mine() {
        return shown(queries.rows(MINE, currentUsers.require().id()));
    }

    /** {@code size} of my open matters after {@code after} (null: from the first), the one due first on top. */
    public Listing mine(String after, int size) {
        UUID me = currentUsers.require().id();
        return listing(MINE, me, Only.ALL, after, size);
    }

    /** What is due next in one matter, for the matter's own page (the caller has checked the right to it). */
    public Optional<MyMatter> forMatter(UUID matterId) {
        return shown(queries.rows("w.matter_id = :value", matterId)).stream().findFirst();
    }

    /** What is due next in each of these matters, read in one query (the caller has checked the right to them). */
    public Map<UUID, MyMatter> forMatters(Collection<UUID> matterIds) {
        if (matterIds.isEmpty()) {
            return Map.of();
        }
        return shown(queries.rows("w.matter_id = any(:value)", matterIds.toArray(UUID[]::new))).stream()
                .collect(Collectors.toMap(MyMatter::matterId, m -> m));
    }

    /** Each member's load, and the first {@code size} matters overdue and with nobody responsible. */
    public Team team(int size) {
        UUID[] units = managedUnits();
        var firsts = queries.team(UNITS, units, size + 1L);
        var loads = firsts.loads();
        List<TeamMember> members = queries.members(Set.of(units)).stream().map(member -> loads.stream()
                .filter(load -> member.userId().equals(load.worker())).findFirst()
                .map(load -> new TeamMember(member.userId(), member.name(), load.open(), load.overdue()))
                .orElseGet(() -> new TeamMember(member.userId(), member.name(), 0, 0))).toList();
        long overdue = loads.stream().mapToLong(WorklistQueries.Load::overdue).sum();
        long unassigned = loads.stream().mapToLong(WorklistQueries.Load::unassigned).sum();
        List<Row> unassignedRows = firsts.unassigned();
        List<Row> overdueRows = firsts.overdue();
        List<Row> proposalRows = firsts.proposed();
        // The lists' children read in one go: one read of the register and one batch of access-log rows.
        Map<UUID, MyMatter> shown = shown(java.util.stream.Stream.of(first(unassignedRows, size), first(overdueRows, size),
                proposalRows).flatMap(List::stream).distinct().toList()).stream()
                .collect(Collectors.toMap(MyMatter::matterId, m -> m));
        return new Team(members, listing(unassignedRows, shown, unassigned, size),
                listing(overdueRows, shown, overdue, size),
                proposalRows.stream().map(r -> shown.get(r.matter())).filter(java.util.Objects::nonNull).toList());
    }

    private static List<Row> first(List<Row> rows, int size) {
        return rows.size() > size ? rows.subList(0, size) : rows;
    }

    private static Listing listing(List<Row> rows, Map<UUID, MyMatter> shown, long total, int size) {
        List<MyMatter> matters = first(rows, size).stream().map(r -> shown.get(r.matter()))
                .filter(java.util.Objects::nonNull).toList();
        return new Listing(matters, total, size > 0 && rows.size() > size ? rows.get(size - 1).key().toString() : null);
    }

    /** {@code size} of the team's matters in the list after {@code after} (null: from the first). */
    Listing team(TeamList list, String after, int size) {
        return listing(UNITS, managedUnits(), list.only, after, size);
    }

    private UUID[] managedUnits() {
        CurrentUser user = currentUsers.require();
        if (!user.has(Role.UNIT_MANAGER)) {
            throw new AccessDeniedException("Not a manager");
        }
        return user.unitIds().toArray(UUID[]::new);
    }

    private Listing listing(String condition, Object value, Only only, String after, int size) {
        List<Row> rows = queries.page(condition, value, only, ListKey.parse(after), size + 1L);
        return listing(rows, queries.count(condition, value, only), size);
    }

    /** {@code rows} read one beyond the page, so that whether a next page exists is known without counting. */
    private Listing listing(List<Row> rows, long total, int size) {
        List<Row> page = first(rows, size);
        return new Listing(shown(page), total, rows.size() > size ? page.getLast().key().toString() : null);
    }

    /** What is due in a matter, worked out before any person is read. */
    private record Due(Row row, String stepKey, Deadline legal, Deadline goal) {
    }

    private Due due(Row r) {
        if (!r.kind().childAndYouth()) {
            // The law's time limits and the pilot's goals are the children and youth matter's.
            return new Due(r, "worklist.step.ongoing", null, null);
        }
        if (r.investigationOpened() != null) {
            return new Due(r, INVESTIGATION_STEP, Deadline.investigation(r.investigationOpened(), r.legalDue()),
                    Deadline.investigationGoal(r.investigationOpened(), r.investigationLevel()));
        }
        if (r.received() != null) {
            return new Due(r, r.protectionDone() ? "worklist.step.preliminary" : "worklist.step.protection",
                    Deadline.intake(r.received(), r.protectionDone()), null);
        }
        // Decided and in the intervention phase: no time limit of the law runs.
        return new Due(r, "worklist.step.intervention", null, null);
    }

    /** The matters a page shows, in the query's order, with their children: only these are read (and logged). */
    private List<MyMatter> shown(List<Row> rows) {
        List<Due> dues = rows.stream().map(this::due).toList();
        var children = people.listed(rows.stream().map(Row::child).distinct().toList(), "worklist");
        LocalDate today = LocalDate.now(clock);
        return dues.stream().filter(d -> children.containsKey(d.row().child()))
                .map(d -> new MyMatter(d.row().matter(), d.row().kind(), children.get(d.row().child()), d.row().level(),
                        d.stepKey(), d.legal(), d.legal() == null ? null : d.legal().status(today), d.goal(),
                        d.goal() == null ? null : d.goal().status(today)))
                .toList();
    }
}
