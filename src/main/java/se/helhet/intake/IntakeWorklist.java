package se.helhet.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.access.Role;
import se.helhet.common.Deadline;
import se.helhet.common.DeadlineStatus;
import se.helhet.intake.IntakeWorklistQueries.Pending;
import se.helhet.person.ListedPerson;
import se.helhet.person.People;

/**
 * The receiving function's worklist: every child in a report still waiting for its protection assessment
 * (due the same day) or its preliminary assessment (due on day 14), the most urgent first, a page at a time.
 */
@Service
public class IntakeWorklist {

    public enum Step { PROTECTION_ASSESSMENT, PRELIMINARY_ASSESSMENT }

    public record Item(UUID reportId, UUID childId, UUID matterId, ListedPerson child, Instant receivedAt,
                       ReportKind kind, ReporterCategory reporterCategory, Step step, Deadline deadline,
                       DeadlineStatus status) {
    }

    private final IntakeWorklistQueries queries;
    private final People people;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    IntakeWorklist(IntakeWorklistQueries queries, People people, CurrentUsers currentUsers, Clock clock) {
        this.queries = queries;
        this.people = people;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** A page of the worklist, how many steps wait in all, and the key of the next page (null on the last). */
    public record Page(List<Item> items, long total, String next) {
    }

    /** Every waiting step, the most urgent first. */
    public List<Item> items() {
        return items(due(null, Long.MAX_VALUE));
    }

    /**
     * {@code size} steps after {@code after} (null: from the most urgent) and the total: only the children shown
     * are read by name (and so logged); the total counts every waiting step, as the full worklist would.
     */
    public Page page(String after, int size) {
        List<Due> due = due(IntakeWorklistQueries.Key.parse(after), size + 1L);
        List<Due> shown = due.size() > size ? due.subList(0, size) : due;
        String next = due.size() > size ? shown.getLast().pending().key().toString() : null;
        return new Page(items(shown), queries.count(currentUsers.require().unitIds()), next);
    }

    /** The {@code n} most urgent and the total, for the start page. */
    public Page top(int n) {
        return page(null, n);
    }

    private List<Item> items(List<Due> due) {
        var children = people.listed(due.stream().map(d -> d.pending().childId()).toList(), "worklist");
        return due.stream().filter(d -> children.containsKey(d.pending().childId()))
                .map(d -> d.item(children.get(d.pending().childId()))).toList();
    }

    /** A waiting step with its deadline, before the child is read. */
    private record Due(Pending pending, Step step, Deadline deadline, DeadlineStatus status) {

        Item item(ListedPerson child) {
            return new Item(pending.reportId(), pending.childId(), pending.matterId(), child, pending.receivedAt(),
                    pending.kind(), pending.category(), step, deadline, status);
        }
    }

    private List<Due> due(IntakeWorklistQueries.Key after, long size) {
        CurrentUser user = currentUsers.require();
        if (!user.hasAny(Role.INTAKE_WORKER, Role.UNIT_MANAGER)) {
            throw new AccessDeniedException("Not intake");
        }
        LocalDate today = LocalDate.now(clock);
        return queries.pending(user.unitIds(), after, size).stream()
                .map(p -> {
                    LocalDateTime received = LocalDateTime.ofInstant(p.receivedAt(), clock.getZone());
                    Deadline deadline = Deadline.intake(received, p.protectionDone());
                    return new Due(p, p.protectionDone() ? Step.PRELIMINARY_ASSESSMENT : Step.PROTECTION_ASSESSMENT,
                            deadline, deadline.status(today));
                })
                .toList();
    }
}
