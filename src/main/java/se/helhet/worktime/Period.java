package se.helhet.worktime;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import se.helhet.platform.FieldProblems;

/** Days from..to, both included. */
record Period(LocalDate from, LocalDate to) {

    public Period {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("A period runs from a day to the same or a later day");
        }
    }

    /** This month and the eleven before it, up to today. */
    public static Period lastTwelveMonths(LocalDate today) {
        return new Period(YearMonth.from(today).minusMonths(11).atDay(1), today);
    }

    /** Reads the parameters as given, naming each one that is wrong; a missing one takes the last twelve months' end. */
    public static Period parse(String from, String to, LocalDate today) {
        Period fallback = lastTwelveMonths(today);
        FieldProblems problems = new FieldProblems();
        LocalDate start = from == null || from.isBlank() ? fallback.from() : problems.date(from, "from");
        LocalDate end = to == null || to.isBlank() ? fallback.to() : problems.date(to, "to");
        if (start != null && end != null && end.isBefore(start)) {
            problems.add("to", "worktime.problem.period.reversed");
        }
        problems.refuseIfAny();
        return new Period(start, end);
    }

    List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
