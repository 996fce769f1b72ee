package se.helhet.survey;

import java.util.Arrays;
import java.util.UUID;

import se.helhet.platform.FieldProblems;

/**
 * A survey to create, as typed: audience, year and title, and optionally an earlier survey whose questions
 * it starts with (the same keys, so the years can be compared).
 */
record NewSurvey(String audience, String year, String title, String copyFrom) {

    record Checked(Audience audience, int year, String title, UUID copyFrom) {
    }

    Checked check() {
        FieldProblems problems = new FieldProblems();
        Audience chosen = Arrays.stream(Audience.values()).filter(a -> a.name().equals(audience)).findFirst().orElse(null);
        if (chosen == null) {
            problems.add("audience", "survey.problem.audience");
        }
        Integer y = null;
        try {
            y = Integer.valueOf(year == null ? "" : year.trim());
            if (y < 2000 || y > 2100) {
                problems.add("year", "survey.problem.year.range");
            }
        } catch (NumberFormatException e) {
            problems.add("year", "survey.problem.year.form");
        }
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > 200) {
            problems.add("title", "survey.problem.title");
        }
        UUID source = null;
        if (copyFrom != null && !copyFrom.isBlank()) {
            try {
                source = UUID.fromString(copyFrom.trim());
            } catch (IllegalArgumentException e) {
                problems.add("copyFrom", "survey.problem.copyFrom");
            }
        }
        problems.refuseIfAny();
        return new Checked(chosen, y, t, source);
    }
}
