package se.helhet.demo;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import se.helhet.demo.Family.Member;
import se.helhet.demo.Family.Registration;

/**
 * The national search set's reports: a given number of reports spread evenly over the children, each child's
 * reports within the last ten years under one closed matter. Only what the searches read is there (report,
 * report_child, the matter it belongs to, the intake unit's register); no assessments or later work, so the set
 * is made in minutes at millions of reports.
 */
final class NationalReports {

    private static final int YEARS = 10;
    // Reporters may put a report on the next working day; a report is never received in the future.
    private static final int DAYS_BEFORE_TODAY = 5;
    private static final int DAYS_TO_CLOSE = 14;

    private final long reports;
    private final long children;
    private final Random random;
    private final Ids ids;
    private final Reporters reporters;
    private final CsvChunk chunk;
    private final LocalDate today;
    private final LocalDate windowStart;
    private final UUID intakeUnit;
    private long position;
    private long written;
    private long matters;

    NationalReports(long seed, long reports, long children, Organisation organisation, ZonedDateTime now,
                    CsvChunk chunk) {
        this.reports = reports;
        this.children = children;
        this.random = new Random(seed * 31 + 0x5EA5C);
        this.ids = new Ids(seed ^ 0x5EA5CL);
        this.reporters = new Reporters(random, new CaseStaff(seed), now.getZone(), ids);
        this.chunk = chunk;
        this.today = now.toLocalDate();
        this.windowStart = today.minusYears(YEARS);
        this.intakeUnit = organisation.unit(Organisation.INTAKE).id();
    }

    /** Writes the reports of the family's children; the intake unit's registrations they add. */
    List<Registration> write(Family family) {
        List<Registration> registrations = new ArrayList<>();
        for (Member child : family.children()) {
            // Child i of n gets floor((i+1)R/n) - floor(iR/n) reports: R in all, evenly spread.
            long i = position++;
            int count = (int) (Math.multiplyExact(i + 1, reports) / children - Math.multiplyExact(i, reports) / children);
            if (count > 0 && child.birthDate().isBefore(today.minusDays(DAYS_BEFORE_TODAY))) {
                registrations.addAll(childReports(child, count));
            }
        }
        return registrations;
    }

    long written() {
        return written;
    }

    long matters() {
        return matters;
    }

    private List<Registration> childReports(Member child, int count) {
        LocalDate first = child.birthDate().isAfter(windowStart) ? child.birthDate().plusDays(1) : windowStart;
        LocalDate last = today.minusDays(DAYS_BEFORE_TODAY);
        long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        List<LocalDate> days = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            days.add(first.plusDays(Math.floorMod(random.nextLong(), span)));
        }
        days.sort(null);
        UUID matter = ids.next();
        matters++;
        List<CasePlan.Report> made = new ArrayList<>(count);
        for (LocalDate day : days) {
            int age = (int) ChronoUnit.YEARS.between(child.birthDate(), day);
            made.add(reporters.report(day, age, age, null, false));
        }
        CasePlan.Report opening = made.getFirst();
        LocalDate closed = made.getLast().receivedAt().toLocalDate().plusDays(DAYS_TO_CLOSE);
        int ageAtStart = (int) ChronoUnit.YEARS.between(child.birthDate(), opening.receivedAt().toLocalDate());
        chunk.add(Table.MATTER, matter, "CHILD_AND_YOUTH", child.id(), intakeUnit, opening.receivedAt(),
                closed.isAfter(today) ? today : closed, "Inga fler insatser behövs", null, null,
                child.home().area(), Math.min(ageAtStart, 20), false, opening.registeredBy());
        boolean known = false;
        for (CasePlan.Report r : made) {
            String reasons = r.reasons().stream().map(Enum::name).collect(Collectors.joining(",", "{", "}"));
            chunk.add(Table.REPORT, r.id(), r.kind(), r.receivedAt(), r.category(), r.anonymous(), r.reporterName(),
                    r.organisation(), r.contact(), reasons, r.description(), r.registeredBy(), r.registeredAt());
            chunk.add(Table.REPORT_CHILD, r.id(), child.id(), matter, known);
            known = true;
            written++;
        }
        return List.of(new Registration(child.id(), intakeUnit, opening.receivedAt()));
    }
}
