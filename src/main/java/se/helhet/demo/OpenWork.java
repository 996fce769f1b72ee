package se.helhet.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

import se.helhet.common.Deadline;
import se.helhet.common.Level;

/**
 * The work waiting on the demo day, as slots that children take as the families are generated: reports
 * received today and last evening waiting for protection, reports of the last two weeks waiting for a
 * preliminary assessment, and running investigations — six of them with {@code socsek}, with deadlines
 * tomorrow, overdue, on a day off, and one extended. Scaled with the district, except {@code socsek}'s.
 */
final class OpenWork {

    enum Step { PROTECTION, PRELIMINARY, INVESTIGATION }

    enum Worker { SOCSEK, TEAM, NONE }

    /** A child takes the slot when the generator has come to position and the child fits. */
    record Slot(Step step, OffsetDateTime received, LocalDate opened, Level level, Worker worker, boolean extended,
                long position) {

        LocalDate receivedOn() {
            return received.toLocalDate();
        }
    }

    private static final double DEMO_CHILDREN = 7_000;

    private final Random random;
    private final ZonedDateTime now;
    private final LocalDate today;
    private final List<Slot> slots = new ArrayList<>();

    OpenWork(Random random, long children, ZonedDateTime now) {
        this.random = random;
        this.now = now;
        this.today = now.toLocalDate();
        double scale = children / DEMO_CHILDREN;
        List<Slot> planned = new ArrayList<>();
        for (int i = 0; i < scaled(3, scale); i++) {
            planned.add(slot(Step.PROTECTION, now.minusMinutes(15 + random.nextInt(200)).toOffsetDateTime(), null, null));
        }
        for (int i = 0; i < scaled(2, scale); i++) {
            var evening = today.minusDays(1).atTime(16, 30).plusMinutes(random.nextInt(300));
            planned.add(slot(Step.PROTECTION, evening.atZone(now.getZone()).toOffsetDateTime(), null, null));
        }
        int preliminary = scaled(20, scale);
        for (int i = 0; i < preliminary; i++) {
            int daysAgo = i < 3 ? 12 + i : i == 3 ? 15 : i == 4 && preliminary >= 10 ? 17 : 1 + random.nextInt(11);
            planned.add(slot(Step.PRELIMINARY, daytime(today.minusDays(daysAgo)), null, null));
        }
        investigations(planned, scaled(19, scale), scaled(4, scale));
        Collections.shuffle(planned, random);
        for (int i = 0; i < planned.size(); i++) {
            Slot s = planned.get(i);
            long position = (long) ((i + 0.5) * children * 0.8 / planned.size());
            slots.add(new Slot(s.step(), s.received(), s.opened(), s.level(), s.worker(), s.extended(), position));
        }
    }

    /** The first slot open at this position that the child fits, taken; null if none. */
    Slot take(long position, Predicate<Slot> fits) {
        for (Iterator<Slot> it = slots.iterator(); it.hasNext(); ) {
            Slot slot = it.next();
            if (slot.position() > position) {
                return null;
            }
            if (fits.test(slot)) {
                it.remove();
                return slot;
            }
        }
        return null;
    }

    int untaken() {
        return slots.size();
    }

    private void investigations(List<Slot> planned, int others, int unassigned) {
        planned.add(investigation(openedForDue(today.plusDays(1)), Level.RED, Worker.SOCSEK, false));
        planned.add(investigation(openedForDue(today.minusDays(3)), Level.RED, Worker.SOCSEK, false));
        LocalDate opened = today.minusDays(100);
        while (!Deadline.investigation(opened).fallsOnNonWorkingDay()
                || !Deadline.investigation(opened).due().isAfter(today.plusDays(3))) {
            opened = opened.plusDays(1);
        }
        planned.add(investigation(opened, Level.ORANGE, Worker.SOCSEK, false));
        planned.add(investigation(today.minusDays(9), Level.ORANGE, Worker.SOCSEK, false));
        planned.add(investigation(today.minusDays(30), Level.RED, Worker.SOCSEK, false));
        planned.add(investigation(today.minusMonths(4).minusDays(12), Level.RED, Worker.SOCSEK, true));
        for (int i = 0; i < others; i++) {
            Level level = random.nextDouble() < 0.45 ? Level.ORANGE : Level.RED;
            int daysAgo = level == Level.ORANGE ? 1 + random.nextInt(60) : 1 + random.nextInt(110);
            planned.add(investigation(today.minusDays(daysAgo), level, i < unassigned ? Worker.NONE : Worker.TEAM,
                    false));
        }
    }

    /** The opening day whose four months end on the target, or the first day after it at a month's end. */
    private static LocalDate openedForDue(LocalDate target) {
        LocalDate opened = target.minusMonths(4).minusDays(3);
        while (Deadline.investigation(opened).due().isBefore(target)) {
            opened = opened.plusDays(1);
        }
        return opened;
    }

    /** Reported a few days before the preliminary assessment that opened it. */
    private Slot investigation(LocalDate opened, Level level, Worker worker, boolean extended) {
        OffsetDateTime received = daytime(opened.minusDays(2 + random.nextInt(10)));
        return new Slot(Step.INVESTIGATION, received, opened, level, worker, extended, 0);
    }

    private Slot slot(Step step, OffsetDateTime received, LocalDate opened, Level level) {
        return new Slot(step, received, opened, level, Worker.NONE, false, 0);
    }

    private OffsetDateTime daytime(LocalDate day) {
        return day.atTime(8, 0).plusMinutes(random.nextInt(7 * 60)).atZone(now.getZone()).toOffsetDateTime();
    }

    private static int scaled(int demoCount, double scale) {
        return (int) Math.round(demoCount * scale);
    }
}
