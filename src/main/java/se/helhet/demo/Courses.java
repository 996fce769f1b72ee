package se.helhet.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import se.helhet.common.Level;
import se.helhet.common.SwedishCalendar;

/**
 * The course of one child's matter in the past five years, from the report to closing, with the rules the
 * product keeps: protection the same day, preliminary assessment within 14 days, investigation within four
 * months unless extended, decision by a manager. Shorter investigations in the pilot area since it began.
 */
final class Courses {

    static final LocalDate PILOT_START = LocalDate.of(2024, 1, 1);
    /** A first matter seldom leads to an investigation; a child coming back much more often. */
    static final double INVESTIGATE_FIRST = 0.14;
    static final double INVESTIGATE_AGAIN = 0.47;
    private static final double TRANSFER = 0.015;

    private final Random random;
    private final CaseSteps steps;
    private final LocalDate today;

    Courses(Random random, CaseSteps steps, LocalDate today) {
        this.random = random;
        this.steps = steps;
        this.today = today;
    }

    /** The finished course, or null when the authority's work would not be done before today. */
    CasePlan.Matter history(CasePlan.Report report, CaseChild child, UUID matterId) {
        LocalDate received = report.receivedAt().toLocalDate();
        boolean pilotTeam = child.pilotArea() && !received.isBefore(PILOT_START);
        var protection = steps.protection(report);
        List<CasePlan.LevelChange> levels = new ArrayList<>(2);
        CasePlan.Preliminary preliminary = null;
        LocalDate opened;
        Level level = random.nextDouble() < (pilotTeam ? 0.58 : 0.43) ? Level.ORANGE : Level.RED;
        if (report.application()) {
            opened = received.plusDays(random.nextInt(3));
        } else {
            LocalDate decided = preliminaryDay(received);
            if (!decided.isBefore(today)) {
                return null;
            }
            double x = random.nextDouble();
            double investigate = child.reopened() ? INVESTIGATE_AGAIN : INVESTIGATE_FIRST;
            if (x >= investigate) {
                return x < investigate + TRANSFER ? steps.transferred(report, child, matterId, protection, decided)
                        : steps.notInvestigated(report, child, matterId, protection, decided);
            }
            preliminary = steps.preliminary(decided, "OPEN_INVESTIGATION", level, null, null);
            levels.add(new CasePlan.LevelChange(level, preliminary.recordedAt(), preliminary.by(), "Förhandsbedömning"));
            opened = decided;
        }
        int days = duration(pilotTeam, level);
        LocalDate closed = workingDayFrom(opened.plusDays(days));
        if (!closed.isBefore(today)) {
            return null;
        }
        var investigation = steps.investigation(opened, level, steps.investigator(pilotTeam), closed,
                preliminary == null ? steps.at(opened, 10, 0) : preliminary.recordedAt().plusMinutes(1));
        if (report.application()) {
            levels.add(new CasePlan.LevelChange(level, investigation.recordedAt().plusDays(5),
                    investigation.investigator(), "Utredningens nivå"));
        }
        var decision = steps.decision(child, level, closed);
        LocalDate matterClosed = decision.outcome().equals("GRANTED") ? closed.plusDays(60 + random.nextInt(340)) : closed;
        String closingReason = decision.outcome().equals("GRANTED") ? "Insatsen avslutad"
                : "Utredningen avslutad: " + (decision.outcome().equals("NOT_GRANTED") ? "insats avslagen ("
                + decision.interventionCode() + ")" : "utredningen avslutas utan insats");
        boolean stillOpen = !matterClosed.isBefore(today);
        return new CasePlan.Matter(matterId, child.id(), steps.investigationUnit(pilotTeam),
                stillOpen ? null : matterClosed, stillOpen ? null : closingReason, level, investigation.investigator(),
                child.area(), child.ageOn(received), child.reopened(), report.registeredBy(), protection, preliminary,
                investigation, decision, levels, null);
    }

    /** Mostly in the second week, now and then on the last day, a few late. */
    private LocalDate preliminaryDay(LocalDate received) {
        double x = random.nextDouble();
        int days = x < 0.03 ? 1 + random.nextInt(2) : x < 0.73 ? 3 + random.nextInt(9)
                : x < 0.98 ? 12 + random.nextInt(3) : 15 + random.nextInt(3);
        LocalDate day = received.plusDays(days);
        if (SwedishCalendar.isWorkingDay(day)) {
            return day;
        }
        LocalDate before = SwedishCalendar.previousWorkingDay(day);
        return before.isAfter(received) ? before : SwedishCalendar.nextWorkingDay(day);
    }

    /** Ordinary investigations take over three months on average; the pilot's goal is 60 days, orange 14. */
    private int duration(boolean pilotTeam, Level level) {
        boolean orange = level == Level.ORANGE;
        if (pilotTeam) {
            return orange ? 4 + random.nextInt(14) : 25 + random.nextInt(55);
        }
        int days = orange ? 55 + random.nextInt(70) : 75 + random.nextInt(50);
        return !orange && random.nextDouble() < 0.15 ? days + 30 + random.nextInt(50) : days;
    }

    static LocalDate workingDayFrom(LocalDate day) {
        return SwedishCalendar.isWorkingDay(day) ? day : SwedishCalendar.nextWorkingDay(day);
    }

    static OffsetDateTime latest(OffsetDateTime a, OffsetDateTime b) {
        return a.isAfter(b) ? a : b;
    }
}
