package se.helhet.followup;

import java.time.LocalDate;
import java.util.Arrays;

import se.helhet.common.AreaChoice;
import se.helhet.common.Level;
import se.helhet.platform.FieldProblems;

/**
 * A period (both days included) and the things counted: the child's area and age group on each anchor date,
 * and the level of the work counted ({@code null} for every level).
 */
record IndicatorFilter(LocalDate from, LocalDate to, AreaChoice area, AgeGroup ageGroup, Level level) {

    /** The longest period, in years, that the indicators are computed for. */
    static final int LONGEST_YEARS = 25;

    public IndicatorFilter {
        if (from == null || to == null || area == null || ageGroup == null || to.isBefore(from)) {
            throw new IllegalArgumentException("An indicator filter needs a period from..to, an area and an age group");
        }
    }

    /** Reads the query parameters as given, naming every parameter that is wrong; area, age group and level default to ALL. */
    public static IndicatorFilter parse(String from, String to, String area, String ageGroup, String level) {
        FieldProblems problems = new FieldProblems();
        LocalDate start = problems.date(from, "from");
        LocalDate end = problems.date(to, "to");
        checkSpan(start, end, "to", problems);
        AreaChoice chosenArea = Arrays.stream(AreaChoice.values())
                .filter(a -> a.name().equals(area == null ? "ALL" : area)).findFirst().orElse(null);
        if (chosenArea == null) {
            problems.add("area", "followup.problem.area");
        }
        AgeGroup group = AgeGroup.of(ageGroup == null ? "ALL" : ageGroup).orElse(null);
        if (group == null) {
            problems.add("ageGroup", "followup.problem.ageGroup");
        }
        Level chosenLevel = null;
        if (level != null && !level.equals("ALL")) {
            chosenLevel = Arrays.stream(Level.values()).filter(l -> l.name().equals(level)).findFirst().orElse(null);
            if (chosenLevel == null) {
                problems.add("level", "followup.problem.level");
            }
        }
        problems.refuseIfAny();
        return new IndicatorFilter(start, end, chosenArea, group, chosenLevel);
    }

    public IndicatorFilter in(AreaChoice otherArea) {
        return new IndicatorFilter(from, to, otherArea, ageGroup, level);
    }

    /** The same children and level in another period, such as a baseline. */
    public IndicatorFilter during(LocalDate otherFrom, LocalDate otherTo) {
        return new IndicatorFilter(otherFrom, otherTo, area, ageGroup, level);
    }

    /**
     * The same children and level in a baseline period to compare against, or {@code null} when neither
     * end of one is given.
     */
    public IndicatorFilter baseline(String baselineFrom, String baselineTo) {
        boolean none = (baselineFrom == null || baselineFrom.isBlank()) && (baselineTo == null || baselineTo.isBlank());
        if (none) {
            return null;
        }
        FieldProblems problems = new FieldProblems();
        LocalDate start = problems.date(baselineFrom, "baselineFrom");
        LocalDate end = problems.date(baselineTo, "baselineTo");
        checkSpan(start, end, "baselineTo", problems);
        problems.refuseIfAny();
        return during(start, end);
    }

    /** A period runs forward and spans at most {@link #LONGEST_YEARS} years, so month by month stays readable. */
    private static void checkSpan(LocalDate start, LocalDate end, String toField, FieldProblems problems) {
        if (start == null || end == null) {
            return;
        }
        if (end.isBefore(start)) {
            problems.add(toField, "followup.problem.period.reversed");
        } else if (end.isAfter(start.plusYears(LONGEST_YEARS))) {
            problems.add(toField, "followup.problem.period.too-long",
                    String.valueOf(LONGEST_YEARS));
        }
    }
}
