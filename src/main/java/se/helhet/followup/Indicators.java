package se.helhet.followup;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import se.helhet.access.CurrentUser;
import se.helhet.access.CurrentUsers;
import se.helhet.access.Role;

/** The indicators for a filter, and pilot against control side by side, for analysts and unit managers. */
@Service
public class Indicators {

    /** One indicator in the pilot area and in ordinary services, and pilot minus control. */
    public record Comparison(IndicatorDefinition definition, Indicator pilot, Indicator ordinary, Double difference,
                             Interval differenceInterval) {
    }

    private final IndicatorQueries queries;
    private final CurrentUsers currentUsers;
    private final Map<IndicatorDefinition, Function<IndicatorFilter, IndicatorQueries.Counted>> computed;

    Indicators(IndicatorQueries queries, CurrentUsers currentUsers) {
        this.queries = queries;
        this.currentUsers = currentUsers;
        this.computed = Map.ofEntries(
                Map.entry(IndicatorDefinition.REPORT_CHILD_KNOWN_BEFORE, queries::reportChildKnownBefore),
                Map.entry(IndicatorDefinition.REACTUALISED, queries::reactualised),
                Map.entry(IndicatorDefinition.CLOSED_WITHIN_60_DAYS, queries::closedWithin60Days),
                Map.entry(IndicatorDefinition.CLOSED_WITHIN_4_MONTHS, queries::closedWithin4Months),
                Map.entry(IndicatorDefinition.ORANGE_CLOSED_WITHIN_14_DAYS, queries::orangeClosedWithin14Days),
                Map.entry(IndicatorDefinition.CHILD_CONVERSATION, queries::childConversation),
                Map.entry(IndicatorDefinition.SCHOOL_CONTACT_WHEN_SCHOOL_REPORTED, queries::schoolContactWhenSchoolReported),
                Map.entry(IndicatorDefinition.INTERVENTION_ACCEPTED, queries::interventionAccepted),
                Map.entry(IndicatorDefinition.INTERVENTION_COMPLETED, queries::interventionCompleted),
                Map.entry(IndicatorDefinition.WAIT_DECISION_TO_START_DAYS, queries::waitDecisionToStartDays),
                Map.entry(IndicatorDefinition.REPORT_TO_FIRST_HELP_DAYS, queries::reportToFirstHelpDays));
    }

    public List<Indicator> list(IndicatorFilter filter) {
        boolean numbersOnly = numbersOnly();
        return Arrays.stream(IndicatorDefinition.values())
                .map(d -> computed(d, filter, numbersOnly))
                .toList();
    }

    public List<Comparison> comparison(IndicatorFilter filter) {
        boolean numbersOnly = numbersOnly();
        return Arrays.stream(IndicatorDefinition.values())
                .map(d -> compared(d, computed(d, filter.in(AreaChoice.PILOT), numbersOnly),
                        computed(d, filter.in(AreaChoice.ORDINARY), numbersOnly)))
                .toList();
    }

    private Indicator computed(IndicatorDefinition definition, IndicatorFilter filter, boolean numbersOnly) {
        if (!definition.collected()) {
            return Indicator.notCollected(definition);
        }
        Indicator indicator = Indicator.of(definition, computed.get(definition).apply(filter));
        return numbersOnly ? indicator.suppressedIfSmall() : indicator;
    }

    private static Comparison compared(IndicatorDefinition definition, Indicator pilot, Indicator ordinary) {
        if (pilot.value() == null || ordinary.value() == null) {
            return new Comparison(definition, pilot, ordinary, null, null);
        }
        Interval interval = definition.unit() == IndicatorUnit.SHARE
                ? Interval.newcombe(pilot.numerator(), pilot.denominator(), ordinary.numerator(), ordinary.denominator())
                : null;
        return new Comparison(definition, pilot, ordinary, pilot.value() - ordinary.value(), interval);
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
