package se.helhet.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.access.Role;
import se.helhet.common.AreaChoice;
import se.helhet.common.Interval;
import se.helhet.person.ListedPerson;
import se.helhet.person.People;

/**
 * The indicators for a filter, pilot against control side by side (against a baseline period when one is
 * chosen), month by month, and the matters behind a number: for analysts (numbers only, small cells hidden)
 * and unit managers (everything, and the matters of the children they may read).
 */
@Service
class Indicators {

    /** One indicator in the pilot area and in ordinary services, pilot minus control, and the same in a baseline. */
    record Comparison(IndicatorDefinition definition, Indicator pilot, Indicator ordinary, Double difference,
                             Interval differenceInterval, Comparison baseline) {

        /** The pilot's change from the baseline minus the control's: how much more the pilot moved. */
        public Double changeDifference() {
            if (baseline == null || difference == null || baseline.difference() == null) {
                return null;
            }
            return difference - baseline.difference();
        }
    }

    /** One month of an indicator, pilot and control. */
    record Point(LocalDate month, Indicator pilot, Indicator ordinary) {
    }

    /** A thing counted, with its child as the reader may see them. */
    record Counted(UUID matterId, ListedPerson child, LocalDate anchor, LocalDate periodDate, String level,
                          boolean hit, Integer days) {
    }

    /** The things behind a number that the reader may see; {@code hidden} are counted but not theirs to open. */
    record Behind(List<Counted> shown, int hidden, boolean more) {
    }

    /** At most this many matters are listed behind a number, the latest first. */
    public static final int MOST_LISTED = 500;

    /** The same indicators for the same filter; whoever asks, the counts are the same (suppression comes after). */
    private record Question(List<IndicatorDefinition> which, IndicatorFilter filter) {
    }

    private final IndicatorQueries queries;
    private final CurrentUsers currentUsers;
    private final People people;
    // Many managers opening the page at once would otherwise each count the city-year, and queue for connections.
    private final SharedComputation<Question, Map<IndicatorDefinition, Map<AreaChoice, IndicatorQueries.Counted>>>
            counts = new SharedComputation<>();
    private final SharedComputation<Question, List<IndicatorQueries.Month>> series = new SharedComputation<>();

    Indicators(IndicatorQueries queries, CurrentUsers currentUsers, People people) {
        this.queries = queries;
        this.currentUsers = currentUsers;
        this.people = people;
    }

    public List<Indicator> list(IndicatorFilter filter) {
        boolean numbersOnly = numbersOnly();
        List<IndicatorDefinition> all = List.of(IndicatorDefinition.values());
        Map<IndicatorDefinition, Map<AreaChoice, IndicatorQueries.Counted>> counted = counted(all, filter);
        return all.stream().map(d -> listed(d, counted.get(d), filter.area(), numbersOnly)).toList();
    }

    /** Pilot against control in the filter's period (its area is not used), and in the baseline when given. */
    public List<Comparison> comparison(IndicatorFilter filter, IndicatorFilter baseline) {
        return comparison(filter, baseline, List.of(IndicatorDefinition.values()));
    }

    /** The same for some of the indicators, in the order given. */
    public List<Comparison> comparison(IndicatorFilter filter, IndicatorFilter baseline,
                                       List<IndicatorDefinition> which) {
        boolean numbersOnly = numbersOnly();
        var counted = counted(which, filter.in(AreaChoice.ALL));
        var before = baseline == null ? null : counted(which, baseline.in(AreaChoice.ALL));
        return which.stream()
                .map(d -> compared(d, counted.get(d), numbersOnly,
                        before == null ? null : compared(d, before.get(d), numbersOnly, null)))
                .toList();
    }

    /** The indicator month by month over the filter's period, pilot and control. */
    public List<Point> trend(IndicatorDefinition definition, IndicatorFilter filter) {
        boolean numbersOnly = numbersOnly();
        return series.get(new Question(List.of(definition), filter), () -> queries.series(definition, filter)).stream()
                .map(m -> new Point(m.month(),
                        shown(Indicator.of(definition, m.byArea().getOrDefault(AreaChoice.PILOT, IndicatorQueries.Counted.NONE)), numbersOnly),
                        shown(Indicator.of(definition, m.byArea().getOrDefault(AreaChoice.ORDINARY, IndicatorQueries.Counted.NONE)), numbersOnly)))
                .toList();
    }

    /**
     * The matters behind a number, for unit managers: every one counted whose child the manager may read
     * (each read traced); the others are only counted. {@code hit} keeps the numerator's (true) or the rest (false).
     */
    public Behind behind(IndicatorDefinition definition, IndicatorFilter filter, Boolean hit) {
        if (numbersOnly()) {
            throw new AccessDeniedException("Analysts see numbers only");
        }
        List<IndicatorQueries.Row> rows = queries.behind(definition, filter, hit, MOST_LISTED + 1);
        boolean more = rows.size() > MOST_LISTED;
        List<IndicatorQueries.Row> listed = more ? rows.subList(0, MOST_LISTED) : rows;
        // A row without a child (an anonymous forum consultation) is counted and has nothing to open.
        Map<UUID, ListedPerson> children = people.listed(listed.stream().map(IndicatorQueries.Row::childId)
                .filter(java.util.Objects::nonNull).distinct().toList(), "indicator");
        List<Counted> shown = listed.stream().filter(r -> children.containsKey(r.childId()))
                .map(r -> new Counted(r.matterId(), children.get(r.childId()), r.anchor(), r.periodDate(), r.level(),
                        r.hit(), r.days()))
                .toList();
        return new Behind(shown, listed.size() - shown.size(), more);
    }

    /** Whether the reader may open the matters behind the numbers. */
    public boolean mayOpenMatters() {
        return !numbersOnly();
    }

    /** The counts of each indicator, computed once for all who ask the same at the same time. */
    private Map<IndicatorDefinition, Map<AreaChoice, IndicatorQueries.Counted>> counted(
            List<IndicatorDefinition> which, IndicatorFilter filter) {
        return counts.get(new Question(List.copyOf(which), filter), () -> {
            Map<IndicatorDefinition, Map<AreaChoice, IndicatorQueries.Counted>> counted =
                    new java.util.EnumMap<>(IndicatorDefinition.class);
            which.forEach(d -> counted.put(d, queries.counted(d, filter)));
            return counted;
        });
    }

    private static Comparison compared(IndicatorDefinition definition, Map<AreaChoice, IndicatorQueries.Counted> counted,
                                       boolean numbersOnly, Comparison baseline) {
        Indicator pilot = shown(Indicator.of(definition, counted.get(AreaChoice.PILOT)), numbersOnly);
        Indicator ordinary = shown(Indicator.of(definition, counted.get(AreaChoice.ORDINARY)), numbersOnly);
        if (pilot.value() == null || ordinary.value() == null) {
            return new Comparison(definition, pilot, ordinary, null, null, baseline);
        }
        Interval interval = definition.unit() == IndicatorUnit.SHARE
                ? Interval.newcombe(pilot.numerator(), pilot.denominator(), ordinary.numerator(), ordinary.denominator())
                : null;
        return new Comparison(definition, pilot, ordinary, pilot.value() - ordinary.value(), interval, baseline);
    }

    /**
     * All areas together are hidden from analysts too when the pilot or ordinary services alone are, or the
     * hidden one could be worked out as all minus the other.
     */
    private static Indicator listed(IndicatorDefinition definition, Map<AreaChoice, IndicatorQueries.Counted> counted,
                                    AreaChoice area, boolean numbersOnly) {
        Indicator indicator = shown(Indicator.of(definition, counted.get(area)), numbersOnly);
        if (numbersOnly && area == AreaChoice.ALL && !indicator.suppressed()
                && (shown(Indicator.of(definition, counted.get(AreaChoice.PILOT)), true).suppressed()
                    || shown(Indicator.of(definition, counted.get(AreaChoice.ORDINARY)), true).suppressed())) {
            return indicator.hidden();
        }
        return indicator;
    }

    private static Indicator shown(Indicator indicator, boolean numbersOnly) {
        return numbersOnly ? indicator.suppressedIfSmall() : indicator;
    }

    /**
     * Unit managers see the numbers as they are (they may open the matters behind them); the analyst sees
     * aggregated numbers only, with small cells suppressed; nobody else sees indicators.
     */
    private boolean numbersOnly() {
        CurrentUser user = currentUsers.require();
        if (user.has(Role.UNIT_MANAGER)) {
            return false;
        }
        if (user.has(Role.ANALYST)) {
            return true;
        }
        throw new AccessDeniedException("Indicators are for analysts and unit managers");
    }
}
