package se.helhet.followup.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.helhet.followup.Indicator;
import se.helhet.followup.IndicatorFilter;
import se.helhet.followup.IndicatorUnit;
import se.helhet.followup.Indicators;
import se.helhet.followup.Interval;

@RestController
@Tag(name = "Uppföljning")
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

    /** Pilot and control side by side; for shares the 95 % Newcombe interval of pilot minus control. */
    record ComparisonJson(String code, String name, IndicatorUnit unit, IndicatorJson pilot, IndicatorJson ordinary,
                          Double difference, Double differenceLower, Double differenceUpper, String definition) {
        static ComparisonJson of(Indicators.Comparison c) {
            Interval interval = c.differenceInterval();
            return new ComparisonJson(c.definition().name(), c.definition().title(), c.definition().unit(),
                    IndicatorJson.of(c.pilot()), IndicatorJson.of(c.ordinary()), c.difference(),
                    interval == null ? null : interval.lower(), interval == null ? null : interval.upper(),
                    c.definition().definition());
        }
    }

    private final Indicators indicators;

    IndicatorApi(Indicators indicators) {
        this.indicators = indicators;
    }

    @GetMapping("/api/v1/indicators")
    @Operation(summary = "Indikatorerna för en period, ett område och en åldersgrupp: bara antal, inga personer")
    List<IndicatorJson> list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                             @RequestParam(required = false) String area,
                             @RequestParam(required = false) String ageGroup) {
        return indicators.list(IndicatorFilter.parse(from, to, area, ageGroup)).stream().map(IndicatorJson::of).toList();
    }

    @GetMapping("/api/v1/indicators/comparison")
    @Operation(summary = "Pilotområdet mot ordinarie verksamhet (kontrollgrupp), med skillnad och 95 % intervall")
    List<ComparisonJson> comparison(@RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to,
                                    @RequestParam(required = false) String ageGroup) {
        return indicators.comparison(IndicatorFilter.parse(from, to, "ALL", ageGroup)).stream()
                .map(ComparisonJson::of).toList();
    }
}
