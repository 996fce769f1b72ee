package se.helhet.demo;

import static se.helhet.intake.ReporterCategory.CHILD;
import static se.helhet.intake.ReporterCategory.GUARDIAN;
import static se.helhet.intake.ReporterCategory.HEALTH_CARE;
import static se.helhet.intake.ReporterCategory.OTHER_AUTHORITY;
import static se.helhet.intake.ReporterCategory.POLICE;
import static se.helhet.intake.ReporterCategory.PRESCHOOL;
import static se.helhet.intake.ReporterCategory.PRIVATE_PERSON;
import static se.helhet.intake.ReporterCategory.SCHOOL;
import static se.helhet.intake.ReporterCategory.SOCIAL_SERVICES;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

import se.helhet.common.SwedishCalendar;
import se.helhet.intake.ReporterCategory;

/**
 * Who reports and when, in the shares a district sees: schools and police most, then health care and private
 * persons. Police and private persons also report evenings and weekends; the others in office hours.
 */
final class Reporters {

    private static final ReporterCategory[] CATEGORIES = {SCHOOL, POLICE, HEALTH_CARE, PRIVATE_PERSON, PRESCHOOL,
            SOCIAL_SERVICES, OTHER_AUTHORITY, GUARDIAN, CHILD};
    // Drawn a little above the wanted shares for school and the child, below for preschool and health care:
    // a school report about a baby becomes health care's, and only older children report themselves.
    private static final double[] SHARES = {0.31, 0.20, 0.13, 0.11, 0.05, 0.07, 0.05, 0.04, 0.04};
    private static final double ANONYMOUS_PRIVATE_PERSON = 0.35;
    private static final double POLICE_OUT_OF_HOURS = 0.45;
    private static final double PRIVATE_OUT_OF_HOURS = 0.30;

    private final Random random;
    private final CaseStaff staff;
    private final ZoneId zone;
    private final Ids ids;

    Reporters(Random random, CaseStaff staff, ZoneId zone, Ids ids) {
        this.random = random;
        this.staff = staff;
        this.zone = zone;
        this.ids = ids;
    }

    /** A report about children of these ages, on the day or the next working day; at a given time if fixed. */
    CasePlan.Report report(LocalDate day, int youngest, int eldest, OffsetDateTime fixedTime, boolean concernOnly) {
        ReporterCategory category = category(youngest, eldest);
        String kind = !concernOnly && random.nextDouble() < applicationShare(category) ? "APPLICATION"
                : "CONCERN_REPORT";
        OffsetDateTime received = fixedTime != null ? fixedTime : receivedAt(day, category);
        boolean anonymous = category == PRIVATE_PERSON && random.nextDouble() < ANONYMOUS_PRIVATE_PERSON;
        String name = anonymous ? null : name();
        String organisation = CaseTexts.organisation(random, category);
        String contact = anonymous ? null : "070-174 06 %02d".formatted(5 + random.nextInt(95));
        var reasons = CaseTexts.reasons(random, category);
        String description = CaseTexts.description(random, category, reasons);
        OffsetDateTime registered = received.plusMinutes(fixedTime != null ? 2 : 5 + random.nextInt(55));
        return new CasePlan.Report(ids.next(), kind, category, received, registered, anonymous, name, organisation,
                contact, reasons, description, staff.intakeWorker(random));
    }

    /** An application comes from a guardian or an older child, sometimes with help from another unit. */
    private static double applicationShare(ReporterCategory category) {
        return switch (category) {
            case GUARDIAN -> 0.9;
            case CHILD -> 0.5;
            case SOCIAL_SERVICES -> 0.3;
            default -> 0;
        };
    }

    private ReporterCategory category(int youngest, int eldest) {
        double x = random.nextDouble();
        ReporterCategory category = CATEGORIES[CATEGORIES.length - 1];
        for (int i = 0; i < SHARES.length; i++) {
            x -= SHARES[i];
            if (x < 0) {
                category = CATEGORIES[i];
                break;
            }
        }
        return switch (category) {
            case PRESCHOOL -> youngest >= 1 && youngest <= 5 ? PRESCHOOL : eldest >= 6 ? SCHOOL : HEALTH_CARE;
            case SCHOOL -> eldest >= 6 ? SCHOOL : youngest >= 1 && random.nextBoolean() ? PRESCHOOL : HEALTH_CARE;
            case CHILD -> eldest >= 10 ? CHILD : GUARDIAN;
            default -> category;
        };
    }

    private OffsetDateTime receivedAt(LocalDate day, ReporterCategory category) {
        double outOfHours = category == POLICE ? POLICE_OUT_OF_HOURS
                : category == PRIVATE_PERSON ? PRIVATE_OUT_OF_HOURS : 0;
        if (random.nextDouble() < outOfHours) {
            boolean evening = random.nextDouble() < 0.8;
            LocalTime time = evening ? LocalTime.of(17, 0).plusMinutes(random.nextInt(6 * 60 + 50))
                    : LocalTime.of(8, 0).plusMinutes(random.nextInt(12 * 60));
            LocalDate date = evening ? day : day.plusDays((13 - day.getDayOfWeek().getValue()) % 7);
            return date.atTime(time).atZone(zone).toOffsetDateTime();
        }
        LocalDate date = SwedishCalendar.isWorkingDay(day) ? day : SwedishCalendar.nextWorkingDay(day);
        LocalTime time = LocalTime.of(8, 0).plusMinutes(random.nextInt(8 * 60 + 30));
        return date.atTime(time).atZone(zone).toOffsetDateTime();
    }

    private String name() {
        Origin origin = Origin.pick(random);
        return origin.givenName(random, random.nextBoolean(), false) + " " + origin.familyName(random);
    }
}
