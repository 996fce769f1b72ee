package se.helhet.outcome;

import static se.helhet.platform.FieldProblems.blank;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import se.helhet.instrument.TimePoint;
import se.helhet.platform.FieldProblems;

/** Checks typed school data and names every field that is wrong, all at once. */
final class SchoolOutcomeRules {

    static final int MAX_SUBJECTS = 30;

    record Checked(TimePoint timePoint, String term, BigDecimal attendancePercent, ResultKind resultKind,
                   Integer subjectsAssessed, Integer subjectsPassed, LocalDate recordedOn) {
    }

    private SchoolOutcomeRules() {
    }

    static Checked check(SchoolOutcomeInput in, LocalDate today) {
        FieldProblems problems = new FieldProblems();
        TimePoint timePoint = problems.oneOf(TimePoint.class, in.timePoint(), "timePoint",
                "Välj tidpunkt: start, avslut eller uppföljning");
        String term = term(in.term(), today, problems);
        BigDecimal attendance = attendance(in.attendancePercent(), problems);
        ResultKind kind = problems.optionalOneOf(ResultKind.class, in.resultKind(), "resultKind",
                "Välj om resultaten är IUP-bedömningar eller betyg");
        Integer assessed = problems.number(in.subjectsAssessed(), "subjectsAssessed",
                "Ange antal bedömda ämnen som ett heltal 1–" + MAX_SUBJECTS, 1, MAX_SUBJECTS);
        Integer passed = problems.number(in.subjectsPassed(), "subjectsPassed",
                "Ange antal godkända ämnen som ett heltal 0–" + MAX_SUBJECTS, 0, MAX_SUBJECTS);
        results(kind, assessed, passed, blank(in.resultKind()), problems);
        if (attendance == null && blank(in.attendancePercent()) && blank(in.resultKind())
                && blank(in.subjectsAssessed()) && blank(in.subjectsPassed())) {
            problems.add("attendancePercent", "Ange närvaro, resultat eller båda");
        }
        LocalDate recordedOn = problems.happened(in.recordedOn(), "recordedOn", today);
        problems.refuseIfAny();
        return new Checked(timePoint, term, attendance, kind, assessed, passed, recordedOn);
    }

    /** Kind, assessed and passed come together or not at all, and no more passed than assessed. */
    private static void results(ResultKind kind, Integer assessed, Integer passed, boolean noKind,
                                FieldProblems problems) {
        if (noKind && (assessed != null || passed != null)) {
            problems.add("resultKind", "Välj om resultaten är IUP-bedömningar eller betyg");
        }
        if (kind != null && assessed == null && !problems.has("subjectsAssessed")) {
            problems.add("subjectsAssessed", "Ange hur många ämnen som bedömts");
        }
        if (kind != null && passed == null && !problems.has("subjectsPassed")) {
            problems.add("subjectsPassed", "Ange hur många ämnen som nått godkänd nivå");
        }
        if (assessed != null && passed != null && passed > assessed) {
            problems.add("subjectsPassed", "Fler godkända än bedömda ämnen: godkända kan vara högst "
                    + assessed);
        }
    }

    private static String term(String value, LocalDate today, FieldProblems problems) {
        var term = Term.parse(value);
        if (term.isEmpty()) {
            problems.add("term", "Skriv terminen som HT eller VT och året, till exempel HT2026");
            return null;
        }
        if (term.get().year() < 2000 || term.get().year() > today.getYear() + 1) {
            problems.add("term", "Året ska vara mellan 2000 och " + (today.getYear() + 1));
        }
        return term.get().code();
    }

    private static BigDecimal attendance(String value, FieldProblems problems) {
        if (blank(value)) {
            return null;
        }
        String message = "Ange närvaron i procent, 0–100, med högst en decimal (till exempel 92,5)";
        try {
            BigDecimal percent = new BigDecimal(value.strip().replace(',', '.').replace("%", "").strip());
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0 || percent.scale() > 1) {
                problems.add("attendancePercent", message);
                return null;
            }
            return percent.setScale(1, RoundingMode.UNNECESSARY);
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add("attendancePercent", message);
            return null;
        }
    }
}
