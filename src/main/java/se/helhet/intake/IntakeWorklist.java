package se.helhet.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.access.Role;
import se.helhet.common.Deadline;
import se.helhet.common.DeadlineStatus;
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

    private record Pending(UUID reportId, UUID childId, UUID matterId, Instant receivedAt, ReportKind kind,
                           ReporterCategory category, boolean protectionDone) {
    }

    private final JdbcClient jdbc;
    private final People people;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    IntakeWorklist(JdbcClient jdbc, People people, CurrentUsers currentUsers, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    public List<Item> items() {
        CurrentUser user = currentUsers.require();
        if (!user.hasAny(Role.INTAKE_WORKER, Role.UNIT_MANAGER)) {
            throw new AccessDeniedException("Not intake");
        }
        List<Pending> pending = jdbc.sql("""
                        select c.report_id, c.child_id, c.matter_id, r.received_at, r.kind, r.reporter_category,
                               p.report_id is not null as protection_done
                        from report_child c
                        join report r on r.id = c.report_id
                        join matter m on m.id = c.matter_id and m.closed_on is null
                        left join protection_assessment p on p.report_id = c.report_id and p.child_id = c.child_id
                        left join preliminary_assessment a on a.report_id = c.report_id and a.child_id = c.child_id
                        where (p.report_id is null or (a.report_id is null and r.kind <> 'APPLICATION'))
                          and m.unit_id = any(:units)
                        order by r.received_at
                        limit 500""")
                .param("units", user.unitIds().toArray(UUID[]::new))
                .query((rs, n) -> new Pending(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getTimestamp(4).toInstant(), ReportKind.valueOf(rs.getString(5)),
                        ReporterCategory.valueOf(rs.getString(6)), rs.getBoolean(7)))
                .list();
        var children = people.listed(pending.stream().map(Pending::childId).toList(), "worklist");
        LocalDate today = LocalDate.now(clock);
        return pending.stream()
                .filter(p -> children.containsKey(p.childId()))
                .map(p -> {
                    LocalDateTime received = LocalDateTime.ofInstant(p.receivedAt(), clock.getZone());
                    Deadline deadline = p.protectionDone() ? Deadline.preliminaryAssessment(received.toLocalDate())
                            : Deadline.protectionAssessment(received);
                    return new Item(p.reportId(), p.childId(), p.matterId(), children.get(p.childId()),
                            p.receivedAt(), p.kind(), p.category(),
                            p.protectionDone() ? Step.PRELIMINARY_ASSESSMENT : Step.PROTECTION_ASSESSMENT,
                            deadline, deadline.status(today));
                })
                .sorted(Comparator.comparing((Item i) -> i.deadline().due()).thenComparing(Item::receivedAt))
                .toList();
    }
}
