package se.helhet.outcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.helhet.instrument.ImpactAnswers;
import se.helhet.instrument.NewAdministration;
import se.helhet.platform.FieldProblems;

/**
 * An SDQ as typed on the outcome tab: the 25 answers r1-r25 (0, 1, 2, or empty when not answered) and the
 * optional impact supplement, each answer as sent, so that a refused form comes back with every choice kept.
 */
record SdqForm(String informant, String administeredOn, String timePoint, List<String> answers,
               Map<String, String> impact) {

    static final int ITEMS = 25;
    static final List<String> IMPACT = List.of("difficulties", "distress", "home", "friends", "classroom", "leisure");

    static SdqForm empty(String timePoint, String today) {
        return of(Map.of("informant", "PARENT", "timePoint", timePoint, "administeredOn", today));
    }

    static SdqForm of(Map<String, String> fields) {
        List<String> answers = new ArrayList<>();
        for (int n = 1; n <= ITEMS; n++) {
            answers.add(fields.getOrDefault("r" + n, ""));
        }
        Map<String, String> impact = new LinkedHashMap<>();
        IMPACT.forEach(name -> impact.put(name, fields.getOrDefault(name, "")));
        return new SdqForm(fields.getOrDefault("informant", ""), fields.getOrDefault("administeredOn", ""),
                fields.getOrDefault("timePoint", ""), answers, impact);
    }

    /** What was chosen for question {@code n} (from 1), "" when not answered. */
    public String answer(int n) {
        return answers.get(n - 1);
    }

    public String impact(String name) {
        return impact.get(name);
    }

    /** The administration to store for the matter's child; an answer that is no number is refused here. */
    NewAdministration input(UUID matterId) {
        FieldProblems problems = new FieldProblems();
        List<Integer> responses = new ArrayList<>();
        for (int n = 1; n <= ITEMS; n++) {
            responses.add(problems.number(answer(n), "responses[" + (n - 1) + "]",
                    "outcome.sdq.problem.response"));
        }
        Map<String, Integer> chosen = new LinkedHashMap<>();
        IMPACT.forEach(name -> chosen.put(name, problems.number(impact(name), "impact." + name,
                "outcome.sdq.problem.impact")));
        problems.refuseIfAny();
        // The supplement is optional: nothing chosen in it means it was not given.
        ImpactAnswers answers = chosen.values().stream().allMatch(v -> v == null) ? null
                : new ImpactAnswers(chosen.get("difficulties"), chosen.get("distress"), chosen.get("home"),
                chosen.get("friends"), chosen.get("classroom"), chosen.get("leisure"));
        return new NewAdministration("SDQ", informant, null, administeredOn, timePoint, matterId, responses, answers,
                null);
    }

    /** The service's field names as the page's ids: responses[3] is question 4, impact.home the home question. */
    static Map<String, String> errors(Map<String, String> byField) {
        Map<String, String> errors = new LinkedHashMap<>();
        byField.forEach((field, message) -> errors.put("sdq-" + (field.startsWith("responses[")
                ? "r" + (Integer.parseInt(field.substring(10, field.length() - 1)) + 1)
                : field.startsWith("impact.") ? field.substring(7) : field), message));
        return errors;
    }
}
