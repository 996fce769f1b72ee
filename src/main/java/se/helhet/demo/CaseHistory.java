package se.helhet.demo;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import se.helhet.demo.Family.Member;
import se.helhet.demo.Family.Registration;

/**
 * Five years of matters, family by family as the families are made, so memory stays flat at any scale. About
 * one family in five meets the social services; in those, one child often comes back again and again, which
 * is how re-actualisation looks in the seeds' figures. A child's matters follow each other: a new one only
 * after the last one closed. Children that take a slot of today's open work have their history end before.
 */
final class CaseHistory {

    private static final double FAMILY_WITH_CASES = 0.16;
    private static final double ANOTHER_EPISODE = 0.68;
    private static final double FOCUS_CHILD = 0.80;
    private static final double SIBLINGS_TOGETHER = 0.40;
    private static final int YEARS = 5;

    private final Random random;
    private final Ids ids;
    private final Reporters reporters;
    private final Courses courses;
    private final OpenWork openWork;
    private final OpenCases openCases;
    private final Feedbacks feedbacks;
    private final CaseWork work;
    private final CaseRows rows;
    private final LocalDate today;
    private final LocalDate windowStart;
    private final ChildOnDay onDay;
    private final UUID intakeUnit;
    private long position;

    CaseHistory(long seed, long children, Organisation organisation, ZonedDateTime now, CaseRows rows) {
        this.random = new Random(seed * 31 + 0xCA5E);
        this.ids = new Ids(seed ^ 0xCA5EL);
        CaseStaff staff = new CaseStaff(seed);
        CaseSteps steps = new CaseSteps(random, staff, organisation, ids, now.getZone());
        this.reporters = new Reporters(random, staff, now.getZone(), ids);
        this.today = now.toLocalDate();
        this.windowStart = today.minusYears(YEARS);
        this.courses = new Courses(random, steps, today);
        this.openWork = new OpenWork(random, children, now);
        this.openCases = new OpenCases(random, reporters, steps, staff);
        this.feedbacks = new Feedbacks(random, staff, now.toOffsetDateTime());
        this.work = new CaseWork(seed, staff, organisation, today, now.getZone());
        this.rows = rows;
        this.onDay = new ChildOnDay(organisation.pilotArea().id());
        this.intakeUnit = organisation.unit(Organisation.INTAKE).id();
    }

    /**
     * What a family's history came to: the registrations its matters add in the units that held them, and whether
     * one of its children has a children and youth matter open today.
     */
    record Written(List<Registration> registrations, boolean openMatter) {
    }

    /** Writes the family's matters. */
    Written write(Family family) {
        List<Member> children = family.children();
        int n = children.size();
        OpenWork.Slot[] slots = new OpenWork.Slot[n];
        LocalDate[] free = new LocalDate[n];
        LocalDate[] until = new LocalDate[n];
        boolean[] known = new boolean[n];
        for (int i = 0; i < n; i++) {
            Member child = children.get(i);
            slots[i] = openWork.take(position++, slot -> fits(child, slot));
            free[i] = windowStart;
            until[i] = slots[i] == null ? today : slots[i].receivedOn().minusDays(1);
        }
        Registrations registrations = new Registrations(family, intakeUnit);
        if (random.nextDouble() < FAMILY_WITH_CASES) {
            int focus = random.nextInt(n);
            for (LocalDate day : episodeDays()) {
                List<Integer> chosen = choose(children, focus, day, free, until);
                if (chosen.isEmpty()) {
                    continue;
                }
                int youngest = chosen.stream().mapToInt(i -> onDay.age(children.get(i), day)).min().orElseThrow();
                int eldest = chosen.stream().mapToInt(i -> onDay.age(children.get(i), day)).max().orElseThrow();
                var report = reporters.report(day, youngest, eldest, null, false);
                LocalDate received = report.receivedAt().toLocalDate();
                List<CasePlan.Matter> matters = new ArrayList<>(chosen.size());
                for (int i : chosen) {
                    CaseChild child = onDay.on(children.get(i), received, known[i]);
                    CasePlan.Matter matter = child == null || received.isBefore(free[i]) ? null
                            : courses.history(report, child, ids.next());
                    if (matter == null || !fitsBefore(matter, until[i], slots[i] != null)) {
                        matters = null;
                        break;
                    }
                    matters.add(matter);
                }
                if (matters == null) {
                    continue;
                }
                write(new CasePlan(report, matters, feedbacks.after(report, matters)), registrations);
                for (int k = 0; k < chosen.size(); k++) {
                    LocalDate closed = matters.get(k).closedOn();
                    free[chosen.get(k)] = closed == null ? LocalDate.MAX : closed.plusDays(1);
                    known[chosen.get(k)] = true;
                }
            }
        }
        boolean open = false;
        for (int i = 0; i < n; i++) {
            open |= free[i].equals(LocalDate.MAX);
            if (slots[i] != null) {
                CaseChild child = onDay.on(children.get(i), slots[i].receivedOn(), known[i]);
                write(openCases.plan(slots[i], child, ids.next()), registrations);
                open = true;
            }
        }
        return new Written(registrations.all(), open);
    }

    int untakenSlots() {
        return openWork.untaken();
    }

    private void write(CasePlan plan, Registrations registrations) {
        rows.write(work.added(plan));
        registrations.add(plan);
    }

    /** An earlier matter must be closed before the slot's report, and the work done before today. */
    private boolean fitsBefore(CasePlan.Matter matter, LocalDate until, boolean hasSlot) {
        LocalDate ended = matter.workEnded();
        if (ended == null || !ended.isBefore(until)) {
            return false;
        }
        return !hasSlot || (matter.closedOn() != null && matter.closedOn().isBefore(until));
    }

    private List<LocalDate> episodeDays() {
        List<LocalDate> days = new ArrayList<>();
        long span = today.toEpochDay() - windowStart.toEpochDay();
        do {
            days.add(windowStart.plusDays(random.nextLong(span)));
        } while (random.nextDouble() < ANOTHER_EPISODE);
        days.sort(null);
        return days;
    }

    private List<Integer> choose(List<Member> children, int focus, LocalDate day, LocalDate[] free,
                                 LocalDate[] until) {
        List<Integer> eligible = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            if (!day.isBefore(free[i]) && day.isBefore(until[i]) && onDay.on(children.get(i), day, false) != null) {
                eligible.add(i);
            }
        }
        if (eligible.size() <= 1 || random.nextDouble() < SIBLINGS_TOGETHER) {
            return eligible.size() > 3 ? eligible.subList(0, 3) : eligible;
        }
        int one = eligible.contains(focus) && random.nextDouble() < FOCUS_CHILD ? focus
                : eligible.get(random.nextInt(eligible.size()));
        return List.of(one);
    }

    private boolean fits(Member child, OpenWork.Slot slot) {
        CaseChild at = onDay.on(child, slot.receivedOn(), false);
        return at != null && child.birthDate().isBefore(slot.receivedOn().minusDays(60))
                && (slot.worker() != OpenWork.Worker.SOCSEK || at.pilotArea());
    }
}
