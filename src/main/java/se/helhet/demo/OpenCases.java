package se.helhet.demo;

import java.util.List;
import java.util.Random;
import java.util.UUID;

import se.helhet.common.Level;

/** Turns a slot of today's open work into the child's open matter, with the steps already taken. */
final class OpenCases {

    private final Random random;
    private final Reporters reporters;
    private final CaseSteps steps;
    private final CaseStaff staff;

    OpenCases(Random random, Reporters reporters, CaseSteps steps, CaseStaff staff) {
        this.random = random;
        this.reporters = reporters;
        this.steps = steps;
        this.staff = staff;
    }

    CasePlan plan(OpenWork.Slot slot, CaseChild child, UUID matterId) {
        int age = child.ageOn(slot.receivedOn());
        var report = reporters.report(slot.receivedOn(), age, age, slot.received(), true);
        var matter = switch (slot.step()) {
            case PROTECTION -> atIntake(report, child, matterId, null, null);
            case PRELIMINARY -> atIntake(report, child, matterId, steps.protection(report),
                    random.nextBoolean() ? staff.intakeWorker(random) : null);
            case INVESTIGATION -> investigated(slot, report, child, matterId);
        };
        return new CasePlan(report, List.of(matter), null);
    }

    private CasePlan.Matter atIntake(CasePlan.Report report, CaseChild child, UUID matterId,
                                     CasePlan.Protection protection, UUID responsible) {
        return new CasePlan.Matter(matterId, child.id(), steps.intakeUnit(), null, null, null, responsible,
                child.area(), child.ageOn(report.receivedAt().toLocalDate()), child.reopened(), report.registeredBy(),
                protection, null, null, null, List.of(), null);
    }

    private CasePlan.Matter investigated(OpenWork.Slot slot, CasePlan.Report report, CaseChild child, UUID matterId) {
        boolean pilotTeam = child.pilotArea() && !slot.opened().isBefore(Courses.PILOT_START);
        Level level = slot.level();
        var preliminary = steps.preliminary(slot.opened(), "OPEN_INVESTIGATION", level, null, null);
        UUID investigator = switch (slot.worker()) {
            case SOCSEK -> staff.socsek();
            case TEAM -> steps.investigator(pilotTeam);
            case NONE -> null;
        };
        var investigation = steps.investigation(slot.opened(), level, investigator, null,
                preliminary.recordedAt().plusMinutes(1));
        if (slot.extended()) {
            var extension = steps.extension(investigation.legalDue(), investigation.legalDue().plusMonths(2));
            investigation = new CasePlan.Investigation(investigation.id(), level, investigation.openedOn(),
                    extension.newDue(), investigator, null, null, extension, investigation.recordedAt());
        }
        var levels = List.of(new CasePlan.LevelChange(level, preliminary.recordedAt(), preliminary.by(),
                "Förhandsbedömning"));
        return new CasePlan.Matter(matterId, child.id(), steps.investigationUnit(pilotTeam), null, null, level,
                investigator, child.area(), child.ageOn(report.receivedAt().toLocalDate()), child.reopened(),
                report.registeredBy(), steps.protection(report), preliminary, investigation, null, levels, null);
    }
}
