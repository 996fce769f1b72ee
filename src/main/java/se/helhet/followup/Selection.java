package se.helhet.followup;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

import se.helhet.platform.InvalidInputException;

/**
 * The follow-up pages' choices as the reader typed them (kept beside their messages when wrong): a period —
 * the last twelve months unless chosen —, an age group, a level and an optional baseline period.
 */
record Selection(String from, String to, String ageGroup, String level, String baselineFrom, String baselineTo) {

    static Selection of(String from, String to, String ageGroup, String level, String baselineFrom,
                        String baselineTo, LocalDate today) {
        return new Selection(from == null ? today.minusYears(1).plusDays(1).toString() : from,
                to == null ? today.toString() : to, ageGroup == null ? "ALL" : ageGroup, level == null ? "ALL" : level,
                baselineFrom == null ? "" : baselineFrom, baselineTo == null ? "" : baselineTo);
    }

    /** The filter for pilot and control, or the messages by field when something is wrong. */
    Parsed parse() {
        try {
            IndicatorFilter filter = IndicatorFilter.parse(from, to, "ALL", ageGroup, level);
            return new Parsed(filter, filter.baseline(baselineFrom, baselineTo), Map.of());
        } catch (InvalidInputException e) {
            return new Parsed(null, null, e.byField());
        }
    }

    record Parsed(IndicatorFilter filter, IndicatorFilter baseline, Map<String, String> errors) {
    }

    /** The query string that repeats these choices, for links between the pages and the downloads. */
    public String query() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("from", from);
        params.put("to", to);
        params.put("ageGroup", ageGroup);
        params.put("level", level);
        if (!baselineFrom.isBlank() || !baselineTo.isBlank()) {
            params.put("baselineFrom", baselineFrom);
            params.put("baselineTo", baselineTo);
        }
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
        params.forEach(builder::queryParam);
        return builder.build().encode().getQuery();
    }
}
