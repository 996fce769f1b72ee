package se.helhet.worktime;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import se.helhet.platform.FieldProblem;
import se.helhet.platform.InvalidInputException;
import se.helhet.platform.IsoDates;

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
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate start = from == null || from.isBlank() ? fallback.from() : IsoDates.parse(from, "from", problems);
        LocalDate end = to == null || to.isBlank() ? fallback.to() : IsoDates.parse(to, "to", problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(new FieldProblem("to", "Periodens slut kan inte ligga före dess början"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
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
