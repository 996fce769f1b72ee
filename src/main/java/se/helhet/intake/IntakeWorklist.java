package se.helhet.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
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
 * (due the same day) or its preliminary assessment (due on day 14), the most urgent first.
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

    /** The first {@code n} of the worklist and how many wait in all, for the start page. */
    public record Top(List<Item> items, int total) {
    }

    public List<Item> items() {
        List<Due> due = due();
        var children = people.listed(due.stream().map(d -> d.pending().childId()).toList(), "worklist");
        return due.stream().filter(d -> children.containsKey(d.pending().childId()))
                .map(d -> d.item(children.get(d.pending().childId()))).toList();
    }

    /**
     * The {@code n} most urgent and the total: only the children shown are read by name (and so logged);
     * the total counts every waiting step, as the full worklist would.
     */
    public Top top(int n) {
        List<Due> due = due();
        List<Item> shown = new ArrayList<>();
        int next = 0;
        while (shown.size() < n && next < due.size()) {
            List<Due> batch = due.subList(next, Math.min(due.size(), next + n - shown.size()));
            next += batch.size();
            var children = people.listed(batch.stream().map(d -> d.pending().childId()).toList(), "worklist");
            batch.stream().filter(d -> children.containsKey(d.pending().childId()))
                    .forEach(d -> shown.add(d.item(children.get(d.pending().childId()))));
        }
        return new Top(List.copyOf(shown), due.size());
    }

    /** A waiting step with its deadline, before the child is read. */
    private record Due(Pending pending, Step step, Deadline deadline, DeadlineStatus status) {

        Item item(ListedPerson child) {
            return new Item(pending.reportId(), pending.childId(), pending.matterId(), child, pending.receivedAt(),
                    pending.kind(), pending.category(), step, deadline, status);
        }
    }

    private List<Due> due() {
        CurrentUser user = currentUsers.require();
        if (!user.hasAny(Role.INTAKE_WORKER, Role.UNIT_MANAGER)) {
            throw new AccessDeniedException("Not intake");
        }
        List<Pending> pending = queries.pending(user.unitIds());
        LocalDate today = LocalDate.now(clock);
        return pending.stream()
                .map(p -> {
                    LocalDateTime received = LocalDateTime.ofInstant(p.receivedAt(), clock.getZone());
                    Deadline deadline = Deadline.intake(received, p.protectionDone());
                    return new Due(p, p.protectionDone() ? Step.PRELIMINARY_ASSESSMENT : Step.PROTECTION_ASSESSMENT,
                            deadline, deadline.status(today));
                })
                .sorted(Comparator.comparing((Due d) -> d.deadline().due())
                        .thenComparing(d -> d.pending().receivedAt()))
                .toList();
    }
}
