package se.helhet.instrument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.helhet.platform.FieldProblems;

/**
 * The impact score (sdqinfo.org, "Scoring the SDQ"): 0 when the informant sees no difficulties; otherwise
 * the answered impact items summed with "not at all" and "only a little" as 0, "quite a lot" as 1 and "a
 * great deal" as 2; no score when none was answered.
 */
final class SdqImpact {

    private static final int[] POINTS = {0, 0, 1, 2};

    private SdqImpact() {
    }

    static void check(ImpactAnswers impact, Informant informant, FieldProblems problems) {
        if (impact == null) {
            return;
        }
        answers(impact).forEach((name, value) -> {
            if (value != null && (value < 0 || value > 3)) {
                problems.add("impact." + name, "instrument.problem.impact.range");
            }
        });
        if (informant == Informant.TEACHER && (impact.home() != null || impact.leisure() != null)) {
            problems.add(impact.home() != null ? "impact.home" : "impact.leisure",
                    "instrument.problem.impact.teacher");
        }
    }

    static Integer score(ImpactAnswers impact) {
        if (impact == null) {
            return null;
        }
        if (Integer.valueOf(0).equals(impact.difficulties())) {
            return 0;
        }
        List<Integer> answered = answers(impact).entrySet().stream()
                .filter(e -> !e.getKey().equals("difficulties") && e.getValue() != null)
                .map(e -> POINTS[e.getValue()]).toList();
        return answered.isEmpty() ? null : answered.stream().mapToInt(Integer::intValue).sum();
    }

    private static Map<String, Integer> answers(ImpactAnswers impact) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        answers.put("difficulties", impact.difficulties());
        answers.put("distress", impact.distress());
        answers.put("home", impact.home());
        answers.put("friends", impact.friends());
        answers.put("classroom", impact.classroom());
        answers.put("leisure", impact.leisure());
        return answers;
    }
}
