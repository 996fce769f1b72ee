package se.helhet.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.access.Role;
import se.helhet.person.ListedPerson;
import se.helhet.person.People;

/**
 * Every report ever received, including those that led to nothing: re-actualisation is common, and
 * earlier worry must be findable. Only intake, managers and file auditors search; every hit is traced.
 */
@Service
class ReportSearch {

    static final int LIMIT = 100;

    record Criteria(String person, LocalDate from, LocalDate to, ReporterCategory reporterCategory) {
    }

    record Hit(UUID reportId, Instant receivedAt, ReportKind kind, ReporterCategory reporterCategory,
                      ListedPerson child, UUID matterId, PreliminaryOutcome outcome) {
    }

    record Result(List<Hit> hits, String problem) {
    }

    private final JdbcClient jdbc;
    private final People people;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ReportSearch(JdbcClient jdbc, People people, CurrentUsers currentUsers, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    public Result find(Criteria criteria) {
        CurrentUser user = currentUsers.require();
        if (!user.hasAny(Role.INTAKE_WORKER, Role.UNIT_MANAGER, Role.FILE_AUDITOR)) {
            throw new AccessDeniedException("May not search reports");
        }
        StringBuilder sql = new StringBuilder("""
                select r.id, r.received_at, r.kind, r.reporter_category, c.child_id, c.matter_id, a.outcome
                from report r join report_child c on c.report_id = r.id
                left join preliminary_assessment a on a.report_id = c.report_id and a.child_id = c.child_id
                where true""");
        var params = new java.util.HashMap<String, Object>();
        if (criteria.person() != null && !criteria.person().isBlank()) {
            var persons = people.search(criteria.person());
            if (persons.problem() != null) {
                return new Result(List.of(), persons.problem());
            }
            sql.append(" and c.child_id = any(:children)");
            params.put("children", persons.persons().stream().map(p -> p.id()).toArray(UUID[]::new));
        }
        if (criteria.from() != null) {
            sql.append(" and r.received_at >= :from");
            params.put("from", java.sql.Timestamp.from(criteria.from().atStartOfDay(clock.getZone()).toInstant()));
        }
        if (criteria.to() != null) {
            sql.append(" and r.received_at < :to");
            params.put("to", java.sql.Timestamp.from(criteria.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        }
        if (criteria.reporterCategory() != null) {
            sql.append(" and r.reporter_category = :category");
            params.put("category", criteria.reporterCategory().name());
        }
        sql.append(" order by r.received_at desc limit ").append(LIMIT);
        record Row(UUID report, Instant at, ReportKind kind, ReporterCategory category, UUID child, UUID matter,
                   PreliminaryOutcome outcome) {
        }
        List<Row> rows = jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                        ReportKind.valueOf(rs.getString(3)), ReporterCategory.valueOf(rs.getString(4)),
                        rs.getObject(5, UUID.class), rs.getObject(6, UUID.class),
                        rs.getString(7) == null ? null : PreliminaryOutcome.valueOf(rs.getString(7))))
                .list();
        Map<UUID, ListedPerson> children = people.listed(rows.stream().map(Row::child).toList(), "report-search");
        List<Hit> hits = new ArrayList<>();
        for (Row row : rows) {
            if (children.containsKey(row.child())) {
                hits.add(new Hit(row.report(), row.at(), row.kind(), row.category(), children.get(row.child()),
                        row.matter(), row.outcome()));
            }
        }
        return new Result(hits, null);
    }
}
