package se.helhet.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import se.helhet.common.Deadline;
import se.helhet.common.Level;
import se.helhet.common.SwedishCalendar;

/** The single steps of a matter as rows would record them: who took the step, on which day, with what text. */
final class CaseSteps {

    private static final List<String> ORANGE_CODES = List.of("FAMILY_TREATMENT", "FAMILY_TREATMENT",
            "FAMILY_TREATMENT", "CONTACT_PERSON", "CONTACT_FAMILY", "YOUTH_TREATMENT_WITH_SCHOOL",
            "YOUTH_CRIME_SUPPORT");
    private static final List<String> PLACEMENTS = List.of("FOSTER_HOME", "FOSTER_HOME", "RESIDENTIAL_CARE");

    private final Random random;
    private final CaseStaff staff;
    private final Organisation organisation;
    private final Ids ids;
    private final ZoneId zone;

    CaseSteps(Random random, CaseStaff staff, Organisation organisation, Ids ids, ZoneId zone) {
        this.random = random;
        this.staff = staff;
        this.organisation = organisation;
        this.ids = ids;
        this.zone = zone;
    }

    /** The same day, or the next working morning for a report after 16 on a working day or late at a weekend. */
    CasePlan.Protection protection(CasePlan.Report report) {
        OffsetDateTime received = report.receivedAt();
        var deadline = Deadline.protectionAssessment(received.toLocalDateTime());
        OffsetDateTime at = deadline.due().equals(received.toLocalDate())
                ? received.plusMinutes(20 + random.nextInt(130))
                : at(deadline.due(), 8, 15 + random.nextInt(90));
        boolean needed = random.nextDouble() < 0.03;
        return new CasePlan.Protection(Courses.latest(at, report.registeredAt().plusMinutes(3)), needed,
                CaseTexts.protectionReasoning(needed), report.registeredBy());
    }

    CasePlan.Preliminary preliminary(LocalDate decided, String outcome, Level level, String actor, String to) {
        return new CasePlan.Preliminary(decided, outcome, level, actor, to,
                CaseTexts.preliminaryReasoning(outcome, actor), staff.intakeWorker(random),
                at(decided, 9 + random.nextInt(7), random.nextInt(60)));
    }

    CasePlan.Matter notInvestigated(CasePlan.Report report, CaseChild child, UUID matterId,
                                    CasePlan.Protection protection, LocalDate decided) {
        double x = random.nextDouble();
        Level level = x < 0.35 ? null : x < 0.70 ? Level.GREEN : Level.BLUE;
        String actor = random.nextDouble() < 0.35 ? CaseTexts.linkedActor(random, child.ageOn(decided)) : null;
        var preliminary = preliminary(decided, "NO_INVESTIGATION", level, actor, null);
        return closedAtIntake(report, child, matterId, protection, preliminary, level, "Ingen utredning inleds");
    }

    CasePlan.Matter transferred(CasePlan.Report report, CaseChild child, UUID matterId,
                                CasePlan.Protection protection, LocalDate decided) {
        String to = CaseTexts.transferMunicipality(random);
        var preliminary = preliminary(decided, "TRANSFER", null, null, to);
        return closedAtIntake(report, child, matterId, protection, preliminary, null, "Överlämnat till " + to);
    }

    private CasePlan.Matter closedAtIntake(CasePlan.Report report, CaseChild child, UUID matterId,
                                           CasePlan.Protection protection, CasePlan.Preliminary preliminary,
                                           Level level, String reason) {
        List<CasePlan.LevelChange> levels = level == null ? List.of()
                : List.of(new CasePlan.LevelChange(level, preliminary.recordedAt(), preliminary.by(), "Förhandsbedömning"));
        return new CasePlan.Matter(matterId, child.id(), intakeUnit(), preliminary.decidedOn(), reason, level,
                preliminary.by(), child.area(), child.ageOn(report.receivedAt().toLocalDate()), child.reopened(),
                report.registeredBy(), protection, preliminary, null, null, levels, null);
    }

    /** Closed when closed is given, then communicated with the family some days before; extended if late. */
    CasePlan.Investigation investigation(LocalDate opened, Level level, UUID investigator, LocalDate closed,
                                         OffsetDateTime recordedAt) {
        LocalDate legalDue = Deadline.investigation(opened).due();
        CasePlan.Extension extension = null;
        if (closed != null && closed.isAfter(legalDue)) {
            LocalDate newDue = legalDue.plusMonths(1);
            while (newDue.isBefore(closed)) {
                newDue = newDue.plusMonths(1);
            }
            extension = extension(legalDue, newDue);
        }
        LocalDate communicated = null;
        if (closed != null) {
            long days = closed.toEpochDay() - opened.toEpochDay();
            communicated = closed.minusDays(Math.max(1, Math.min(5 + random.nextInt(10), days - 1)));
        }
        return new CasePlan.Investigation(ids.next(), level, opened,
                extension == null ? legalDue : extension.newDue(), investigator, closed, communicated, extension,
                recordedAt);
    }

    CasePlan.Extension extension(LocalDate previousDue, LocalDate newDue) {
        LocalDate decided = SwedishCalendar.previousWorkingDay(previousDue.minusDays(5 + random.nextInt(10)));
        return new CasePlan.Extension(previousDue, newDue, CaseTexts.extensionReason(random), staff.manager(random),
                at(decided, 10, random.nextInt(60)));
    }

    CasePlan.Decision decision(CaseChild child, Level level, LocalDate decided) {
        double x = random.nextDouble();
        String outcome = x < 0.31 ? "GRANTED" : x < 0.35 ? "NOT_GRANTED" : "NO_INTERVENTION";
        String code = outcome.equals("NO_INTERVENTION") ? null : code(level, child.ageOn(decided));
        String reasons = CaseTexts.decisionReasons(outcome);
        UUID by = staff.manager(random);
        return new CasePlan.Decision(ids.next(), outcome, code, reasons, decided, by,
                CaseLetters.decision(outcome, code, reasons, child.givenName(), decided, staff.name(by)),
                at(decided, 10 + random.nextInt(5), random.nextInt(60)));
    }

    private String code(Level level, int age) {
        if (level == Level.RED && random.nextDouble() < 0.2) {
            String placement = PLACEMENTS.get(random.nextInt(PLACEMENTS.size()));
            return age < 12 ? "FOSTER_HOME" : placement;
        }
        String code = ORANGE_CODES.get(random.nextInt(ORANGE_CODES.size()));
        return age < 12 && code.startsWith("YOUTH") ? "CONTACT_FAMILY" : code;
    }

    UUID investigator(boolean pilotTeam) {
        return staff.investigator(random, pilotTeam);
    }

    UUID investigationUnit(boolean pilotTeam) {
        return organisation.unit(pilotTeam ? Organisation.PILOT_TEAM : Organisation.INVESTIGATION).id();
    }

    UUID intakeUnit() {
        return organisation.unit(Organisation.INTAKE).id();
    }

    OffsetDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, 0).plusMinutes(minute)).atZone(zone).toOffsetDateTime();
    }
}
