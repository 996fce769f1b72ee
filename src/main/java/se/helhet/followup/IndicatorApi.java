package se.helhet.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.helhet.common.Interval;
import se.helhet.platform.NotFoundException;

@RestController
@Tag(name = "Follow-up")
class IndicatorApi {

    /** One indicator as the API contract names it; {@code lower}/{@code upper} is the 95 % Wilson interval of a share. */
    record IndicatorJson(String code, String name, IndicatorUnit unit, Long numerator, Long denominator, Double value,
                         boolean suppressed, Double lower, Double upper, String definition) {
        static IndicatorJson of(Indicator i) {
            Interval interval = i.interval();
            return new IndicatorJson(i.definition().name(), i.definition().title(), i.definition().unit(),
                    i.numerator(), i.denominator(), i.value(), i.suppressed(),
                    interval == null ? null : interval.lower(), interval == null ? null : interval.upper(),
                    i.definition().definition());
        }
    }

    /**
     * Pilot and control side by side; for shares the 95 % Newcombe interval of pilot minus control; with a
     * baseline, the same for the baseline period and how much more the pilot changed than the control.
     */
    record ComparisonJson(String code, String name, IndicatorUnit unit, IndicatorJson pilot, IndicatorJson ordinary,
                          Double difference, Double differenceLower, Double differenceUpper, String definition,
                          ComparisonJson baseline, Double changeDifference) {
        static ComparisonJson of(Indicators.Comparison c) {
            Interval interval = c.differenceInterval();
            return new ComparisonJson(c.definition().name(), c.definition().title(), c.definition().unit(),
                    IndicatorJson.of(c.pilot()), IndicatorJson.of(c.ordinary()), c.difference(),
                    interval == null ? null : interval.lower(), interval == null ? null : interval.upper(),
                    c.definition().definition(), c.baseline() == null ? null : of(c.baseline()),
                    c.changeDifference());
        }
    }

    /** One month of an indicator, pilot and control. */
    record PointJson(LocalDate month, IndicatorJson pilot, IndicatorJson ordinary) {
    }

    /** A matter behind a number: whether it is in the numerator, and for a median its days. */
    record CountedJson(UUID matterId, UUID childId, String childName, LocalDate anchorDate, LocalDate periodDate,
                       String level, boolean inNumerator, Integer days) {
    }

    /** The matters behind a number that the reader may open; {@code hidden} are counted but belong to others. */
    record BehindJson(String code, List<CountedJson> matters, int hidden, boolean more) {
    }

    private final Indicators indicators;

    IndicatorApi(Indicators indicators) {
        this.indicators = indicators;
    }

    @GetMapping("/api/v1/indicators")
    @Operation(summary = "The indicators for a period, an area, an age group and a level: counts only, no persons")
    List<IndicatorJson> list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                             @RequestParam(required = false) String area,
                             @RequestParam(required = false) String ageGroup,
                             @RequestParam(required = false) String level) {
        return indicators.list(IndicatorFilter.parse(from, to, area, ageGroup, level)).stream()
                .map(IndicatorJson::of).toList();
    }

    @GetMapping("/api/v1/indicators/comparison")
    @Operation(summary = "The pilot area against regular services (control group), with the difference and 95%"
            + " intervals and, when a baseline period is given, the same for it")
    List<ComparisonJson> comparison(@RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to,
                                    @RequestParam(required = false) String ageGroup,
                                    @RequestParam(required = false) String level,
                                    @RequestParam(required = false) String baselineFrom,
                                    @RequestParam(required = false) String baselineTo) {
        IndicatorFilter filter = IndicatorFilter.parse(from, to, "ALL", ageGroup, level);
        return indicators.comparison(filter, filter.baseline(baselineFrom, baselineTo)).stream()
                .map(ComparisonJson::of).toList();
    }

    @GetMapping("/api/v1/indicators/{code}/trend")
    @Operation(summary = "One indicator month by month, pilot and control")
    List<PointJson> trend(@PathVariable String code, @RequestParam(required = false) String from,
                          @RequestParam(required = false) String to, @RequestParam(required = false) String ageGroup,
                          @RequestParam(required = false) String level) {
        return indicators.trend(definition(code), IndicatorFilter.parse(from, to, "ALL", ageGroup, level)).stream()
                .map(p -> new PointJson(p.month(), IndicatorJson.of(p.pilot()), IndicatorJson.of(p.ordinary())))
                .toList();
    }

    @GetMapping("/api/v1/indicators/{code}/matters")
    @Operation(summary = "The matters behind a figure, for unit managers: the children they may read about (the reading"
            + " is logged)")
    BehindJson matters(@PathVariable String code, @RequestParam(required = false) String from,
                       @RequestParam(required = false) String to, @RequestParam(required = false) String area,
                       @RequestParam(required = false) String ageGroup, @RequestParam(required = false) String level,
                       @RequestParam(required = false) Boolean inNumerator) {
        IndicatorDefinition definition = definition(code);
        Indicators.Behind behind = indicators.behind(definition,
                IndicatorFilter.parse(from, to, area, ageGroup, level), inNumerator);
        return new BehindJson(definition.name(), behind.shown().stream()
                .map(c -> new CountedJson(c.matterId(), c.child().id(), c.child().name(), c.anchor(), c.periodDate(),
                        c.level(), c.hit(), c.days()))
                .toList(), behind.hidden(), behind.more());
    }

    static IndicatorDefinition definition(String code) {
        return IndicatorDefinition.byCode(code)
                .orElseThrow(() -> new NotFoundException("followup.problem.indicator.missing"));
    }
}
