package se.helhet.worktime;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.helhet.platform.UserTexts;

@RestController
@Tag(name = "Follow-up")
class TimeWithChildrenApi {

    /** Minutes and the share (direct of recorded, 0-1; null when nothing was recorded). */
    record WorkerJson(UUID workerId, String name, long directMinutes, long homeVisitMinutes, long recordedMinutes,
                      Double share) {
        static WorkerJson of(WorkerTime w) {
            TimeSpent t = w.time();
            return new WorkerJson(w.workerId(), w.name(), t.directMinutes(), t.homeVisitMinutes(),
                    t.recordedMinutes(), t.share());
        }
    }

    /** {@code workers} is null for a reader who may see the unit only; the minutes are null when suppressed. */
    record UnitJson(UUID unitId, String code, String name, int workersWithTime, boolean suppressed,
                    Long directMinutes, Long homeVisitMinutes, Long recordedMinutes, Double share,
                    List<WorkerJson> workers) {
        static UnitJson of(UnitTime u) {
            TimeSpent t = u.time();
            return new UnitJson(u.unitId(), u.code(), u.name(), u.workersWithTime(), u.suppressed(),
                    t == null ? null : t.directMinutes(), t == null ? null : t.homeVisitMinutes(),
                    t == null ? null : t.recordedMinutes(), t == null ? null : t.share(),
                    u.workers().isEmpty() ? null : u.workers().stream().map(WorkerJson::of).toList());
        }
    }

    record MonthJson(YearMonth month, long directMinutes, long homeVisitMinutes, long recordedMinutes, Double share) {
        static MonthJson of(MonthTime m) {
            TimeSpent t = m.time();
            return new MonthJson(m.month(), t.directMinutes(), t.homeVisitMinutes(), t.recordedMinutes(), t.share());
        }
    }

    record WorkerMonthsJson(LocalDate from, LocalDate to, WorkerJson total, List<MonthJson> months) {
    }

    record OverviewJson(LocalDate from, LocalDate to, WorkerJson own, List<UnitJson> units, String definition) {
    }

    private final TimeWithChildren timeWithChildren;
    private final Clock clock;

    TimeWithChildrenApi(TimeWithChildren timeWithChildren, Clock clock) {
        this.timeWithChildren = timeWithChildren;
        this.clock = clock;
    }

    @GetMapping("/api/v1/time-with-children")
    @Operation(summary = "Share of recorded time in direct contact with children: your own, and by unit and"
            + " worker for those allowed to see them. Without from/to: the last twelve months")
    OverviewJson overview(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        TimeOverview overview = timeWithChildren.overview(Period.parse(from, to, LocalDate.now(clock)));
        return new OverviewJson(overview.period().from(), overview.period().to(),
                overview.own() == null ? null : WorkerJson.of(overview.own()),
                overview.units().stream().map(UnitJson::of).toList(), UserTexts.text(TimeWithChildren.DEFINITION));
    }

    @GetMapping("/api/v1/time-with-children/workers/{workerId}")
    @Operation(summary = "One worker's time with children by month: for the worker and the manager of the"
            + " worker's unit. Without from/to: the last twelve months")
    WorkerMonthsJson worker(@PathVariable UUID workerId, @RequestParam(required = false) String from,
                            @RequestParam(required = false) String to) {
        WorkerMonths months = timeWithChildren.months(workerId, Period.parse(from, to, LocalDate.now(clock)));
        return new WorkerMonthsJson(months.period().from(), months.period().to(), WorkerJson.of(months.total()),
                months.months().stream().map(MonthJson::of).toList());
    }
}
