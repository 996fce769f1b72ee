package se.helhet.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

    private static final String RECORD = "report-search";

    record Criteria(String person, LocalDate from, LocalDate to, ReporterCategory reporterCategory) {
    }

    /** Public, though only this package sees it, so that the page's compiled expressions call its accessors directly. */
    public record Hit(UUID reportId, Instant receivedAt, ReportKind kind, ReporterCategory reporterCategory,
                      ListedPerson child, UUID matterId, PreliminaryOutcome outcome) {
    }

    record Result(List<Hit> hits, String problem) {
    }

    private final ReportSearchRepository repository;
    private final People people;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ReportSearch(ReportSearchRepository repository, People people, CurrentUsers currentUsers, Clock clock) {
        this.repository = repository;
        this.people = people;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    public Result find(Criteria criteria) {
        CurrentUser user = currentUsers.require();
        if (!user.hasAny(Role.INTAKE_WORKER, Role.UNIT_MANAGER, Role.FILE_AUDITOR)) {
            throw new AccessDeniedException("May not search reports");
        }
        List<ReportSearchRepository.Row> rows;
        Map<UUID, ListedPerson> children;
        if (criteria.person() != null && !criteria.person().isBlank()) {
            // The persons matched and the children whose reports are shown are traced in one commit.
            var found = new ArrayList<ReportSearchRepository.Row>();
            var shown = people.searchShowing(criteria.person(), RECORD, persons -> {
                if (!persons.isEmpty()) {
                    found.addAll(repository.find(criteria, persons.toArray(UUID[]::new), clock.getZone(), LIMIT));
                }
                return found.stream().map(ReportSearchRepository.Row::child).toList();
            });
            if (shown.problem() != null) {
                return new Result(List.of(), shown.problem());
            }
            rows = found;
            children = shown.persons();
        } else {
            rows = repository.find(criteria, null, clock.getZone(), LIMIT);
            children = people.listed(rows.stream().map(ReportSearchRepository.Row::child).toList(), RECORD);
        }
        List<Hit> hits = new ArrayList<>();
        for (ReportSearchRepository.Row row : rows) {
            if (children.containsKey(row.child())) {
                hits.add(new Hit(row.report(), row.at(), row.kind(), row.category(), children.get(row.child()),
                        row.matter(), row.outcome()));
            }
        }
        return new Result(hits, null);
    }
}
