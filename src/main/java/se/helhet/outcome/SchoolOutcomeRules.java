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
                "outcome.school.problem.timePoint");
        String term = term(in.term(), today, problems);
        BigDecimal attendance = attendance(in.attendancePercent(), problems);
        ResultKind kind = problems.optionalOneOf(ResultKind.class, in.resultKind(), "resultKind",
                "outcome.school.problem.resultKind");
        Integer assessed = problems.number(in.subjectsAssessed(), "subjectsAssessed",
                "outcome.school.problem.subjectsAssessed", 1, MAX_SUBJECTS);
        Integer passed = problems.number(in.subjectsPassed(), "subjectsPassed",
                "outcome.school.problem.subjectsPassed", 0, MAX_SUBJECTS);
        results(kind, assessed, passed, blank(in.resultKind()), problems);
        if (attendance == null && blank(in.attendancePercent()) && blank(in.resultKind())
                && blank(in.subjectsAssessed()) && blank(in.subjectsPassed())) {
            problems.add("attendancePercent", "outcome.school.problem.nothing");
        }
        LocalDate recordedOn = problems.happened(in.recordedOn(), "recordedOn", today);
        problems.refuseIfAny();
        return new Checked(timePoint, term, attendance, kind, assessed, passed, recordedOn);
    }

    /** Kind, assessed and passed come together or not at all, and no more passed than assessed. */
    private static void results(ResultKind kind, Integer assessed, Integer passed, boolean noKind,
                                FieldProblems problems) {
        if (noKind && (assessed != null || passed != null)) {
            problems.add("resultKind", "outcome.school.problem.resultKind");
        }
        if (kind != null && assessed == null && !problems.has("subjectsAssessed")) {
            problems.add("subjectsAssessed", "outcome.school.problem.subjectsAssessed.missing");
        }
        if (kind != null && passed == null && !problems.has("subjectsPassed")) {
            problems.add("subjectsPassed", "outcome.school.problem.subjectsPassed.missing");
        }
        if (assessed != null && passed != null && passed > assessed) {
            problems.add("subjectsPassed", "outcome.school.problem.morePassed", assessed);
        }
    }

    private static String term(String value, LocalDate today, FieldProblems problems) {
        var term = Term.parse(value);
        if (term.isEmpty()) {
            problems.add("term", "outcome.school.problem.term");
            return null;
        }
        if (term.get().year() < 2000 || term.get().year() > today.getYear() + 1) {
            problems.add("term", "outcome.school.problem.year", String.valueOf(today.getYear() + 1));
        }
        return term.get().code();
    }

    private static BigDecimal attendance(String value, FieldProblems problems) {
        if (blank(value)) {
            return null;
        }
        String message = "outcome.school.problem.attendance";
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
