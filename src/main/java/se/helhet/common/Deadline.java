package se.helhet.common;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A time limit in a child's matter, from the start day (day 0, for example the day a report was received)
 * to the due date, the last day on which the step is in time.
 *
 * <p>A due date on a weekend or holiday is never moved: the law's limit is what it is, and the work has
 * to be done before. Such deadlines are marked and remind on the working day before instead.
 */
public record Deadline(LocalDate start, LocalDate due, Kind kind) {

    /** The first three are the law's limits; the goals are the pilot's, stricter than the law but not the law. */
    public enum Kind {
        PROTECTION_ASSESSMENT,
        PRELIMINARY_ASSESSMENT,
        INVESTIGATION,
        INVESTIGATION_GOAL,
        ORANGE_INVESTIGATION_GOAL
    }

    /** Reports received from this time on are assessed the next working morning. */
    public static final LocalTime DEFAULT_CUT_OFF = LocalTime.of(16, 0);

    private static final int PRELIMINARY_ASSESSMENT_DAYS = 14;
    private static final int INVESTIGATION_MONTHS = 4;
    private static final int INVESTIGATION_GOAL_DAYS = 60;
    private static final int ORANGE_INVESTIGATION_GOAL_DAYS = 14;
    private static final int SOON_DAYS = 2;

    public Deadline {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(kind, "kind");
        if (due.isBefore(start)) {
            throw new IllegalArgumentException("The due date cannot be before the start day " + start);
        }
    }

    /** The intake's next limit for a child: the protection assessment, and once it is done the preliminary one. */
    public static Deadline intake(LocalDateTime received, boolean protectionDone) {
        return protectionDone ? preliminaryAssessment(received.toLocalDate()) : protectionAssessment(received);
    }

    public static Deadline protectionAssessment(LocalDateTime received) {
        return protectionAssessment(received, DEFAULT_CUT_OFF);
    }

    /**
     * Same day as received. A report received at or after the cut-off goes to the next working day, when
     * the intake group is back; one received earlier on a weekend stays due that day, for the on-call
     * service (socialjouren).
     */
    public static Deadline protectionAssessment(LocalDateTime received, LocalTime cutOff) {
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(cutOff, "cutOff");
        LocalDate day = received.toLocalDate();
        LocalDate due = received.toLocalTime().isBefore(cutOff) ? day : SwedishCalendar.nextWorkingDay(day);
        return new Deadline(day, due, Kind.PROTECTION_ASSESSMENT);
    }

    public static Deadline preliminaryAssessment(LocalDate received) {
        return afterDays(received, PRELIMINARY_ASSESSMENT_DAYS, Kind.PRELIMINARY_ASSESSMENT);
    }

    /**
     * Four calendar months from the decision to open, as Swedish practice counts months: the time ends on
     * the same date number, or on the month's last day when that date does not exist (31 October ends on
     * 28 or 29 February). That is exactly {@link LocalDate#plusMonths}.
     */
    public static Deadline investigation(LocalDate opened) {
        Objects.requireNonNull(opened, "opened");
        return new Deadline(opened, opened.plusMonths(INVESTIGATION_MONTHS), Kind.INVESTIGATION);
    }

    /** The legal limit as it stands: four months from opening, or the later date an extension decided. */
    public static Deadline investigation(LocalDate opened, LocalDate legalDue) {
        Deadline statutory = investigation(opened);
        return legalDue.equals(statutory.due()) ? statutory : statutory.extendTo(legalDue);
    }

    /** The pilot's goal for an investigation: 14 days when orange (short), otherwise 60. */
    public static Deadline investigationGoal(LocalDate opened, Level level) {
        return level == Level.ORANGE ? orangeInvestigationGoal(opened) : investigationGoal(opened);
    }

    public static Deadline investigationGoal(LocalDate opened) {
        return afterDays(opened, INVESTIGATION_GOAL_DAYS, Kind.INVESTIGATION_GOAL);
    }

    public static Deadline orangeInvestigationGoal(LocalDate opened) {
        return afterDays(opened, ORANGE_INVESTIGATION_GOAL_DAYS, Kind.ORANGE_INVESTIGATION_GOAL);
    }

    /** Whether an extension is allowed, and on what grounds, is the calling matter's rule, not this value's. */
    public Deadline extendTo(LocalDate newDue) {
        Objects.requireNonNull(newDue, "newDue");
        if (!newDue.isAfter(due)) {
            throw new IllegalArgumentException("The new due date must be after " + due);
        }
        return new Deadline(start, newDue, kind);
    }

    public boolean fallsOnNonWorkingDay() {
        return !SwedishCalendar.isWorkingDay(due);
    }

    /** The due date, or the working day before it when it falls on a weekend or holiday. */
    public LocalDate reminderDate() {
        return fallsOnNonWorkingDay() ? SwedishCalendar.previousWorkingDay(due) : due;
    }

    /**
     * "faller på en lördag – påminnelse fredag 2026-06-26", "faller på en helgdag (Långfredagen) – …" or,
     * for the eves that are days off but not holidays, "faller på en helgdagsafton (Julafton) – …".
     */
    public Optional<Phrase> nonWorkingDayNote() {
        if (!fallsOnNonWorkingDay()) {
            return Optional.empty();
        }
        Phrase day = SwedishCalendar.holiday(due)
                .map(holiday -> new Phrase(holiday.statutory() ? "common.deadline.on-holiday" : "common.deadline.on-eve",
                        holiday.name()))
                .orElseGet(() -> new Phrase("common.deadline.on-weekday", weekday(due.getDayOfWeek())));
        LocalDate reminder = reminderDate();
        return Optional.of(new Phrase("common.deadline.non-working-day", day, weekday(reminder.getDayOfWeek()),
                reminder.toString()));
    }

    /**
     * A report dated after {@code today} (a clock a little off) counts as day 0 rather than a negative day.
     * The last working day before a due date on a weekend or holiday counts as soon even if days remain.
     */
    public DeadlineStatus status(LocalDate today) {
        Objects.requireNonNull(today, "today");
        int dayNumber = (int) Math.max(0, DAYS.between(start, today));
        int totalDays = (int) DAYS.between(start, due);
        int daysLeft = (int) DAYS.between(today, due);
        DeadlineStatus.Severity severity;
        if (daysLeft < 0) {
            severity = DeadlineStatus.Severity.OVERDUE;
        } else if (daysLeft <= SOON_DAYS || !today.isBefore(reminderDate())) {
            severity = DeadlineStatus.Severity.SOON;
        } else {
            severity = DeadlineStatus.Severity.OK;
        }
        return new DeadlineStatus(dayNumber, totalDays, daysLeft, severity);
    }

    private static Deadline afterDays(LocalDate start, int days, Kind kind) {
        Objects.requireNonNull(start, "start");
        return new Deadline(start, start.plusDays(days), kind);
    }

    private static Phrase weekday(DayOfWeek day) {
        return new Phrase("common.weekday." + day.name());
    }
}
