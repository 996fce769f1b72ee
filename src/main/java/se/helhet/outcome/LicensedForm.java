package se.helhet.outcome;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.helhet.instrument.NewAdministration;
import se.helhet.platform.FieldProblems;

/**
 * ESTER or HOME as typed: licensed instruments, so only the scores from their own scoring and the date. The
 * scores each asks for are fixed here; a score left empty is not sent.
 */
record LicensedForm(String instrument, String administeredOn, String timePoint, Map<String, String> scores) {

    static final Map<String, List<String>> SCORES = Map.of(
            "ESTER", List.of("riskFactors", "protectiveFactors"),
            "HOME", List.of("total"));

    static LicensedForm empty(String instrument, String timePoint, String today) {
        return of(instrument, Map.of("timePoint", timePoint, "administeredOn", today));
    }

    static LicensedForm of(String instrument, Map<String, String> fields) {
        Map<String, String> scores = new LinkedHashMap<>();
        SCORES.get(instrument).forEach(name -> scores.put(name, fields.getOrDefault(name, "")));
        return new LicensedForm(instrument, fields.getOrDefault("administeredOn", ""),
                fields.getOrDefault("timePoint", ""), scores);
    }

    /** "ester" or "home": the prefix of the form's ids. */
    public String prefix() {
        return instrument.toLowerCase(java.util.Locale.ROOT);
    }

    public String score(String name) {
        return scores.get(name);
    }

    NewAdministration input(UUID matterId) {
        FieldProblems problems = new FieldProblems();
        Map<String, Integer> given = new LinkedHashMap<>();
        scores.forEach((name, value) -> {
            Integer score = problems.number(value, "scores." + name, "outcome.licensed.problem.wholeNumber");
            if (score != null) {
                given.put(name, score);
            }
        });
        if (given.isEmpty() && problems.isEmpty()) {
            problems.add("scores." + SCORES.get(instrument).getFirst(), "outcome.licensed.problem.missing");
        }
        problems.refuseIfAny();
        return new NewAdministration(instrument, null, null, administeredOn, timePoint, matterId, null, null, given);
    }

    Map<String, String> errors(Map<String, String> byField) {
        Map<String, String> errors = new LinkedHashMap<>();
        byField.forEach((field, message) -> errors.put(prefix() + "-" + (field.startsWith("scores.")
                ? field.substring(7) : field.equals("scores") ? SCORES.get(instrument).getFirst() : field), message));
        return errors;
    }
}
