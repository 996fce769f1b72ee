package se.helhet.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.helhet.instrument.TimePoint;
import se.helhet.platform.FieldProblem;
import se.helhet.platform.InvalidInputException;
import se.helhet.platform.IsoDates;

/** Checks typed school data and names every field that is wrong, all at once. */
final class SchoolOutcomeRules {

    static final int MAX_SUBJECTS = 30;

    record Checked(TimePoint timePoint, String term, BigDecimal attendancePercent, ResultKind resultKind,
                   Integer subjectsAssessed, Integer subjectsPassed, LocalDate recordedOn) {
    }

    private SchoolOutcomeRules() {
    }

    static Checked check(SchoolOutcomeInput in, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        TimePoint timePoint = timePoint(in.timePoint(), problems);
        String term = term(in.term(), today, problems);
        BigDecimal attendance = attendance(in.attendancePercent(), problems);
        ResultKind kind = resultKind(in.resultKind(), problems);
        Integer assessed = number(in.subjectsAssessed(), "subjectsAssessed",
                "Ange antal bedömda ämnen som ett heltal 1–" + MAX_SUBJECTS, 1, MAX_SUBJECTS, problems);
        Integer passed = number(in.subjectsPassed(), "subjectsPassed",
                "Ange antal godkända ämnen som ett heltal 0–" + MAX_SUBJECTS, 0, MAX_SUBJECTS, problems);
        results(kind, assessed, passed, blank(in.resultKind()), problems);
        if (attendance == null && blank(in.attendancePercent()) && blank(in.resultKind())
                && blank(in.subjectsAssessed()) && blank(in.subjectsPassed())) {
            problems.add(new FieldProblem("attendancePercent", "Ange närvaro, resultat eller båda"));
        }
        LocalDate recordedOn = IsoDates.happened(in.recordedOn(), "recordedOn", today, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(timePoint, term, attendance, kind, assessed, passed, recordedOn);
    }

    /** Kind, assessed and passed come together or not at all, and no more passed than assessed. */
    private static void results(ResultKind kind, Integer assessed, Integer passed, boolean noKind,
                                List<FieldProblem> problems) {
        if (noKind && (assessed != null || passed != null)) {
            problems.add(new FieldProblem("resultKind", "Välj om resultaten är IUP-bedömningar eller betyg"));
        }
        if (kind != null && assessed == null && problems.stream().noneMatch(p -> p.field().equals("subjectsAssessed"))) {
            problems.add(new FieldProblem("subjectsAssessed", "Ange hur många ämnen som bedömts"));
        }
        if (kind != null && passed == null && problems.stream().noneMatch(p -> p.field().equals("subjectsPassed"))) {
            problems.add(new FieldProblem("subjectsPassed", "Ange hur många ämnen som nått godkänd nivå"));
        }
        if (assessed != null && passed != null && passed > assessed) {
            problems.add(new FieldProblem("subjectsPassed", "Fler godkända än bedömda ämnen: godkända kan vara högst "
                    + assessed));
        }
    }

    private static TimePoint timePoint(String value, List<FieldProblem> problems) {
        try {
            return TimePoint.valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("timePoint", "Välj tidpunkt: start, avslut eller uppföljning"));
            return null;
        }
    }

    private static String term(String value, LocalDate today, List<FieldProblem> problems) {
        var term = Term.parse(value);
        if (term.isEmpty()) {
            problems.add(new FieldProblem("term", "Skriv terminen som HT eller VT och året, till exempel HT2026"));
            return null;
        }
        if (term.get().year() < 2000 || term.get().year() > today.getYear() + 1) {
            problems.add(new FieldProblem("term", "Året ska vara mellan 2000 och " + (today.getYear() + 1)));
        }
        return term.get().code();
    }

    private static BigDecimal attendance(String value, List<FieldProblem> problems) {
        if (blank(value)) {
            return null;
        }
        String message = "Ange närvaron i procent, 0–100, med högst en decimal (till exempel 92,5)";
        try {
            BigDecimal percent = new BigDecimal(value.strip().replace(',', '.').replace("%", "").strip());
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0 || percent.scale() > 1) {
                problems.add(new FieldProblem("attendancePercent", message));
                return null;
            }
            return percent.setScale(1, RoundingMode.UNNECESSARY);
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add(new FieldProblem("attendancePercent", message));
            return null;
        }
    }

    private static ResultKind resultKind(String value, List<FieldProblem> problems) {
        if (blank(value)) {
            return null;
        }
        try {
            return ResultKind.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("resultKind", "Välj om resultaten är IUP-bedömningar eller betyg"));
            return null;
        }
    }

    private static Integer number(String value, String field, String message, int min, int max,
                                  List<FieldProblem> problems) {
        if (blank(value)) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                problems.add(new FieldProblem(field, message));
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, message));
            return null;
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
