package se.helhet.common;

import static java.time.temporal.ChronoUnit.DAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;
import net.jqwik.time.api.constraints.TimeRange;

import se.helhet.platform.UserTexts;

/** The law's limits over any start day and any day the worker looks, weekends and holidays included. */
class DeadlinePropertiesTest {

    @Property
    void aReportReceivedAfterHoursIsDueOnTheNextWorkingDayNeverOnAWeekendOrHoliday(
            @ForAll @DateRange(min = "1990-01-01", max = "2099-12-24") LocalDate day,
            @ForAll @TimeRange(min = "16:00:00", max = "23:59:59") LocalTime time) {
        Deadline deadline = Deadline.protectionAssessment(day.atTime(time));

        assertThat(deadline.due()).isEqualTo(SwedishCalendar.nextWorkingDay(day));
        assertThat(SwedishCalendar.isWorkingDay(deadline.due())).isTrue();
        assertThat(deadline.fallsOnNonWorkingDay()).isFalse();
        assertThat(deadline.nonWorkingDayNote()).isEmpty();
        assertThat(deadline.start()).isEqualTo(day);
    }

    /** Before the cut-off the assessment is made the same day, by the on-call service if that is a Sunday. */
    @Property
    void aReportReceivedBeforeTheCutOffIsDueTheSameDay(
            @ForAll @DateRange(min = "1990-01-01", max = "2099-12-31") LocalDate day,
            @ForAll @TimeRange(min = "00:00:00", max = "15:59:59") LocalTime time) {
        assertThat(Deadline.protectionAssessment(day.atTime(time)).due()).isEqualTo(day);
    }

    @Property
    void anInvestigationEndsFourMonthsLaterOnTheSameDateOrTheLastDayOfAShorterMonth(
            @ForAll @DateRange(min = "1990-01-01", max = "2099-12-31") LocalDate opened) {
        LocalDate due = Deadline.investigation(opened).due();
        YearMonth fourMonthsOn = YearMonth.from(opened).plusMonths(4);

        assertThat(YearMonth.from(due)).isEqualTo(fourMonthsOn);
        assertThat(due.getDayOfMonth()).isEqualTo(Math.min(opened.getDayOfMonth(), fourMonthsOn.lengthOfMonth()));
        assertThat(due).isEqualTo(opened.plusMonths(4));
    }

    @Property
    void thePreliminaryAssessmentIsDueFourteenCalendarDaysAfterReceiptEvenOnAHoliday(
            @ForAll @DateRange(min = "1990-01-01", max = "2099-12-31") LocalDate received) {
        Deadline deadline = Deadline.preliminaryAssessment(received);

        assertThat(DAYS.between(received, deadline.due())).isEqualTo(14);
        assertThat(deadline.kind()).isEqualTo(Deadline.Kind.PRELIMINARY_ASSESSMENT);
    }

    @Property
    void theReminderComesOnTheLastWorkingDayNotAfterTheDueDate(
            @ForAll @DateRange(min = "1990-01-01", max = "2099-12-31") LocalDate received) {
        Deadline deadline = Deadline.preliminaryAssessment(received);
        LocalDate reminder = deadline.reminderDate();

        assertThat(reminder).isBeforeOrEqualTo(deadline.due());
        assertThat(SwedishCalendar.isWorkingDay(reminder)).isTrue();
        assertThat(reminder.plusDays(1).datesUntil(deadline.due().plusDays(1))).noneMatch(SwedishCalendar::isWorkingDay);
        assertThat(deadline.nonWorkingDayNote().isPresent()).isEqualTo(!reminder.equals(deadline.due()));
        deadline.nonWorkingDayNote().ifPresent(note -> assertThat(UserTexts.text(note)).endsWith(" " + reminder));
    }

    @Property
    void theStatusCountsTheDaysFromStartToDue(
            @ForAll @DateRange(min = "1990-01-01", max = "2099-12-31") LocalDate received,
            @ForAll @IntRange(min = -3, max = 40) int daysOn) {
        Deadline deadline = Deadline.preliminaryAssessment(received);
        LocalDate today = received.plusDays(daysOn);

        DeadlineStatus status = deadline.status(today);

        assertThat(status.totalDays()).isEqualTo(14);
        assertThat(status.dayNumber()).isEqualTo(Math.max(0, daysOn));
        assertThat(status.daysLeft()).isEqualTo(14 - daysOn);
        assertThat(status.isOverdue()).isEqualTo(today.isAfter(deadline.due()));
        assertThat(status.overdueDays()).isEqualTo(Math.max(0, daysOn - 14));
        assertThat(status.severity() == DeadlineStatus.Severity.OK)
                .isEqualTo(daysOn < 12 && today.isBefore(deadline.reminderDate()));
    }

    @Property
    void anExtensionMovesOnlyTheDueDateAndOnlyLater(
            @ForAll @DateRange(min = "1990-01-01", max = "2099-12-31") LocalDate opened,
            @ForAll @IntRange(min = -30, max = 180) int days) {
        Deadline statutory = Deadline.investigation(opened);
        LocalDate newDue = statutory.due().plusDays(days);

        if (days > 0) {
            assertThat(statutory.extendTo(newDue)).isEqualTo(new Deadline(opened, newDue, Deadline.Kind.INVESTIGATION));
            assertThat(Deadline.investigation(opened, newDue)).isEqualTo(statutory.extendTo(newDue));
        } else {
            assertThatIllegalArgumentException().isThrownBy(() -> statutory.extendTo(newDue));
        }
    }
}
