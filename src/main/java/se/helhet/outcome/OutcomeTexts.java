package se.helhet.outcome;

import java.time.Period;
import java.util.stream.Stream;

/** Swedish words for the messages the rules give. */
final class OutcomeTexts {

    private OutcomeTexts() {
    }

    /** "6 månader", "1 år", "1 år och 3 månader". */
    static String period(Period period) {
        Period p = period.normalized();
        String years = p.getYears() == 0 ? "" : p.getYears() + " år";
        String months = p.getMonths() == 0 ? "" : p.getMonths() + (p.getMonths() == 1 ? " månad" : " månader");
        String days = p.getDays() == 0 ? "" : p.getDays() + (p.getDays() == 1 ? " dag" : " dagar");
        return String.join(" och ", Stream.of(years, months, days).filter(s -> !s.isEmpty()).toList());
    }
}
