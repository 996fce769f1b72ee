package se.helhet.worktime;

import static se.helhet.access.Role.ANALYST;
import static se.helhet.access.Role.INTAKE_WORKER;
import static se.helhet.access.Role.SOCIAL_WORKER;
import static se.helhet.access.Role.UNIT_MANAGER;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import se.helhet.access.StaffDirectory;
import se.helhet.platform.NotFoundException;

/**
 * The share of recorded time spent in direct contact with children. Case workers (intake and social
 * workers) see their own; a unit manager sees each member of their units and the unit; an analyst sees
 * units only, small ones suppressed. Nobody else sees these figures.
 */
@Service
class TimeWithChildren {

    /** What counts as direct contact and as recorded time, in words a reader can check the figures against. */
    public static final String DEFINITION = "worktime.definition.text";

    /** Why an analyst sees no small unit; its argument is the fewest workers shown. */
    public static final String SUPPRESSION = "worktime.suppression.text";

    private final TimeQueries queries;
    private final CurrentUsers currentUsers;
    private final StaffDirectory staff;

    TimeWithChildren(TimeQueries queries, CurrentUsers currentUsers, StaffDirectory staff) {
        this.queries = queries;
        this.currentUsers = currentUsers;
        this.staff = staff;
    }

    public TimeOverview overview(Period period) {
        CurrentUser user = reader();
        WorkerTime own = recordsTime(user)
                ? new WorkerTime(user.id(), user.displayName(), queries.worker(period, user.id()))
                : null;
        Set<UUID> managed = user.has(UNIT_MANAGER) ? user.unitIds() : Set.of();
        List<UnitTime> units = new ArrayList<>();
        if (!managed.isEmpty() || user.has(ANALYST)) {
            // An analyst reads every unit without its workers; a manager reads their own units with them.
            Map<UUID, List<TimeQueries.MemberRow>> byUnit = queries.members(period, user.has(ANALYST) ? null : managed)
                    .stream().collect(Collectors.groupingBy(TimeQueries.MemberRow::unitId, LinkedHashMap::new,
                            Collectors.toList()));
            byUnit.forEach((unitId, members) -> {
                if (managed.contains(unitId)) {
                    units.add(managedUnit(members));
                } else {
                    counted(members).ifPresent(units::add);
                }
            });
        }
        return new TimeOverview(period, own, units);
    }

    /** Month by month, for the worker themselves or for the manager of one of the worker's units. */
    public WorkerMonths months(UUID workerId, Period period) {
        CurrentUser user = reader();
        CurrentUser worker = staff.byId(workerId).orElseThrow(() -> new NotFoundException("worktime.problem.worker.missing"));
        boolean self = user.id().equals(workerId);
        boolean lead = user.has(UNIT_MANAGER) && worker.unitIds().stream().anyMatch(user.unitIds()::contains);
        if (!self && !lead) {
            throw new AccessDeniedException("A worker's time is for the worker and the unit manager");
        }
        Map<YearMonth, TimeSpent> found = queries.months(period, workerId).stream()
                .collect(Collectors.toMap(MonthTime::month, MonthTime::time));
        List<MonthTime> months = period.months().stream()
                .map(m -> new MonthTime(m, found.getOrDefault(m, TimeSpent.NONE))).toList();
        TimeSpent total = months.stream().map(MonthTime::time).reduce(TimeSpent.NONE, TimeSpent::plus);
        return new WorkerMonths(period, new WorkerTime(workerId, worker.displayName(), total), months);
    }

    private CurrentUser reader() {
        CurrentUser user = currentUsers.require();
        if (!user.hasAny(INTAKE_WORKER, SOCIAL_WORKER, UNIT_MANAGER, ANALYST)) {
            throw new AccessDeniedException("Time with children is for case workers, unit managers and analysts");
        }
        return user;
    }

    private static boolean recordsTime(CurrentUser user) {
        return user.hasAny(INTAKE_WORKER, SOCIAL_WORKER);
    }

    private static UnitTime managedUnit(List<TimeQueries.MemberRow> members) {
        var first = members.getFirst();
        List<WorkerTime> workers = members.stream()
                .map(m -> new WorkerTime(m.workerId(), m.name(), m.time())).toList();
        return new UnitTime(first.unitId(), first.code(), first.unitName(), withTime(members), false,
                sum(members), workers);
    }

    /** A unit for the analyst: left out when nobody recorded time, suppressed when too few did. */
    private static Optional<UnitTime> counted(List<TimeQueries.MemberRow> members) {
        int withTime = withTime(members);
        if (withTime == 0) {
            return Optional.empty();
        }
        var first = members.getFirst();
        boolean suppressed = withTime < UnitTime.FEWEST_SHOWN;
        return Optional.of(new UnitTime(first.unitId(), first.code(), first.unitName(), withTime,
                suppressed, suppressed ? null : sum(members), List.of()));
    }

    private static int withTime(List<TimeQueries.MemberRow> members) {
        return (int) members.stream().filter(m -> m.time().recordedMinutes() > 0).count();
    }

    private static TimeSpent sum(List<TimeQueries.MemberRow> members) {
        return members.stream().map(TimeQueries.MemberRow::time).reduce(TimeSpent.NONE, TimeSpent::plus);
    }
}
