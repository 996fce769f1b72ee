package se.helhet.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.Locale;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.helhet.platform.UserTexts;

class DeadlineTest {

    @Test
    void theIntakesNextLimitIsProtectionFirstThenThePreliminaryAssessment() {
        LocalDateTime received = LocalDateTime.of(2026, 11, 23, 10, 0);

        assertThat(Deadline.intake(received, false)).isEqualTo(Deadline.protectionAssessment(received));
        assertThat(Deadline.intake(received, true)).isEqualTo(Deadline.preliminaryAssessment(received.toLocalDate()));
        assertThat(Deadline.intake(received, true).due()).isNotEqualTo(Deadline.intake(received, false).due());
    }

    @Test
    void thirtyFirstOfJanuaryPlusFourMonthsIsThirtyFirstOfMay() {
        assertThat(Deadline.investigation(LocalDate.of(2026, 1, 31)).due()).isEqualTo(LocalDate.of(2026, 5, 31));
    }

    @ParameterizedTest
    @CsvSource({"2023-10-31, 2024-02-29", "2024-10-31, 2025-02-28", "2024-02-29, 2024-06-29",
            "2026-08-31, 2026-12-31", "2026-11-30, 2027-03-30"})
    void investigationEndsOnTheSameDateNumberOrTheLastDayOfTheMonth(LocalDate opened, LocalDate due) {
        var deadline = Deadline.investigation(opened);

        assertThat(deadline.due()).isEqualTo(due);
        assertThat(deadline.kind()).isEqualTo(Deadline.Kind.INVESTIGATION);
    }

    @ParameterizedTest
    @CsvSource({"2026-01-25, 2026-02-08", "2026-12-24, 2027-01-07", "2024-02-20, 2024-03-05"})
    void preliminaryAssessmentIsDueOnDayFourteenAcrossMonthAndYearEnds(LocalDate received, LocalDate due) {
        assertThat(Deadline.preliminaryAssessment(received).due()).isEqualTo(due);
    }

    @Test
    void pilotGoalsAreSixtyAndFourteenDaysOfTheirOwnKind() {
        var goal = Deadline.investigationGoal(LocalDate.of(2026, 3, 1));
        var orange = Deadline.orangeInvestigationGoal(LocalDate.of(2026, 3, 1));

        assertThat(goal.due()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(orange.due()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(goal.kind()).isEqualTo(Deadline.Kind.INVESTIGATION_GOAL);
        assertThat(orange.kind()).isEqualTo(Deadline.Kind.ORANGE_INVESTIGATION_GOAL);
    }

    @Test
    void protectionAssessmentIsDueTheDayTheReportArrivesBeforeTheCutOff() {
        var deadline = Deadline.protectionAssessment(LocalDateTime.of(2026, 11, 20, 15, 59));

        assertThat(deadline.start()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void reportArrivingLateOnFridayIsAssessedOnMonday() {
        var late = Deadline.protectionAssessment(LocalDateTime.of(2026, 11, 20, 17, 30));
        var atCutOff = Deadline.protectionAssessment(LocalDateTime.of(2026, 11, 20, 16, 0));

        assertThat(late.due()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(atCutOff.due()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(UserTexts.text(late.status(LocalDate.of(2026, 11, 23)).text())).isEqualTo("dag 3 av 3, i dag");
    }

    @Test
    void reportArrivingLateBeforeChristmasIsAssessedAfterTheHolidays() {
        var deadline = Deadline.protectionAssessment(LocalDateTime.of(2026, 12, 23, 14, 0), LocalTime.of(13, 0));

        assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void reportArrivingOnASaturdayMorningStaysDueThatDayForTheOnCallService() {
        assertThat(Deadline.protectionAssessment(LocalDateTime.of(2026, 11, 21, 10, 0)).due())
                .isEqualTo(LocalDate.of(2026, 11, 21));
    }

    @Test
    void extensionReplacesTheDueDate() {
        var extended = Deadline.investigation(LocalDate.of(2026, 1, 31)).extendTo(LocalDate.of(2026, 7, 31));

        assertThat(extended).isEqualTo(
                new Deadline(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 7, 31), Deadline.Kind.INVESTIGATION));
    }

    @Test
    void refusesAnExtensionThatIsNotLater() {
        var deadline = Deadline.investigation(LocalDate.of(2026, 1, 31));

        assertThatIllegalArgumentException().isThrownBy(() -> deadline.extendTo(LocalDate.of(2026, 5, 31)))
                .withMessage("The new due date must be after 2026-05-31");
        assertThatIllegalArgumentException().isThrownBy(() -> deadline.extendTo(LocalDate.of(2026, 5, 1)));
    }

    @Test
    void refusesADueDateBeforeTheStartAndMissingValues() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Deadline(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1),
                        Deadline.Kind.INVESTIGATION))
                .withMessage("The due date cannot be before the start day 2026-05-02");
        assertThatNullPointerException()
                .isThrownBy(() -> new Deadline(null, LocalDate.of(2026, 5, 1), Deadline.Kind.INVESTIGATION));
        assertThatNullPointerException().isThrownBy(() -> Deadline.preliminaryAssessment(null));
    }

    /** Status texts and weekend or holiday marks, as the start pages show them. */
    @Nested
    class StatusAndMarks {


        // Received Monday 2026-11-09, due Monday 2026-11-23.
        private static final Deadline PRELIMINARY = Deadline.preliminaryAssessment(LocalDate.of(2026, 11, 9));

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                2026-11-09 | dag 0 av 14  | 14 dagar kvar    | OK
                2026-11-18 | dag 9 av 14  | 5 dagar kvar     | OK
                2026-11-20 | dag 11 av 14 | 3 dagar kvar     | OK
                2026-11-21 | dag 12 av 14 | 2 dagar kvar     | SOON
                2026-11-22 | dag 13 av 14 | 1 dag kvar       | SOON
                2026-11-23 | dag 14 av 14 | i dag            | SOON
                2026-11-24 | dag 15 av 14 | försenad 1 dag   | OVERDUE
                2026-11-25 | dag 16 av 14 | försenad 2 dagar | OVERDUE
                """)
        void describesTheDayBeforeOnAndAfterTheDueDate(LocalDate today, String progress, String remaining,
                DeadlineStatus.Severity severity) {
            var status = PRELIMINARY.status(today);

            assertThat(UserTexts.text(status.progressText())).isEqualTo(progress);
            assertThat(UserTexts.text(status.remainingText())).isEqualTo(remaining);
            assertThat(status.severity()).isEqualTo(severity);
        }

        @Test
        void countsOverdueDays() {
            var status = PRELIMINARY.status(LocalDate.of(2026, 11, 25));

            assertThat(status.daysLeft()).isEqualTo(-2);
            assertThat(status.overdueDays()).isEqualTo(2);
            assertThat(status.isOverdue()).isTrue();
            assertThat(UserTexts.text(status.text())).isEqualTo("dag 16 av 14, försenad 2 dagar");
        }

        @Test
        void speaksEnglishWhereEnglishIsChosen() {
            var overdue = PRELIMINARY.status(LocalDate.of(2026, 11, 25));
            var tomorrow = PRELIMINARY.status(LocalDate.of(2026, 11, 22));
            var saturday = Deadline.preliminaryAssessment(LocalDate.of(2026, 6, 13));

            assertThat(UserTexts.source().getMessage(overdue.text(), Locale.ENGLISH))
                    .isEqualTo("day 16 of 14, 2 days overdue");
            assertThat(UserTexts.source().getMessage(tomorrow.text(), Locale.ENGLISH)).isEqualTo("day 13 of 14, 1 day left");
            assertThat(UserTexts.source().getMessage(saturday.nonWorkingDayNote().orElseThrow(), Locale.ENGLISH))
                    .isEqualTo("falls on a Saturday – reminder Friday 2026-06-26");
        }

        @Test
        void aStartDateAfterTodayCountsAsDayZero() {
            assertThat(PRELIMINARY.status(LocalDate.of(2026, 11, 8)).progressText()).isEqualTo(new Phrase("common.deadline.day-of", "0", "14"));
        }

        @Test
        void dueOnAWorkingDayIsNotMarked() {
            assertThat(PRELIMINARY.fallsOnNonWorkingDay()).isFalse();
            assertThat(PRELIMINARY.reminderDate()).isEqualTo(LocalDate.of(2026, 11, 23));
            assertThat(PRELIMINARY.nonWorkingDayNote()).isEmpty();
        }

        @Test
        void dueOnASaturdayRemindsOnFriday() {
            var deadline = Deadline.preliminaryAssessment(LocalDate.of(2026, 6, 13));

            assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 6, 27));
            assertThat(deadline.fallsOnNonWorkingDay()).isTrue();
            assertThat(deadline.reminderDate()).isEqualTo(LocalDate.of(2026, 6, 26));
            assertThat(deadline.nonWorkingDayNote().map(UserTexts::text)).contains("faller på en lördag – påminnelse fredag 2026-06-26");
        }

        @Test
        void dueOnEasterMondayRemindsOnThursdayBecauseGoodFridayIsAHolidayToo() {
            var deadline = Deadline.preliminaryAssessment(LocalDate.of(2026, 3, 23));

            assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 4, 6));
            assertThat(deadline.reminderDate()).isEqualTo(LocalDate.of(2026, 4, 2));
            assertThat(deadline.nonWorkingDayNote().map(UserTexts::text))
                    .contains("faller på en helgdag (Annandag påsk) – påminnelse torsdag 2026-04-02");
        }

        @Test
        void dueOnChristmasDayRemindsOnTheTwentyThird() {
            var deadline = Deadline.preliminaryAssessment(LocalDate.of(2026, 12, 11));

            assertThat(deadline.reminderDate()).isEqualTo(LocalDate.of(2026, 12, 23));
            assertThat(deadline.nonWorkingDayNote().map(UserTexts::text))
                    .contains("faller på en helgdag (Juldagen) – påminnelse onsdag 2026-12-23");
        }

        @Test
        void dueOnMidsummerDayIsNamedAsTheHolidayRatherThanTheSaturday() {
            var deadline = Deadline.preliminaryAssessment(LocalDate.of(2026, 6, 6));

            assertThat(deadline.nonWorkingDayNote().map(UserTexts::text))
                    .contains("faller på en helgdag (Midsommardagen) – påminnelse torsdag 2026-06-18");
        }

        @Test
        void dueOnAnEveIsMarkedAsAnEveNotAHoliday() {
            var deadline = Deadline.investigation(LocalDate.of(2026, 8, 24));

            assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 12, 24));
            assertThat(deadline.nonWorkingDayNote().map(UserTexts::text))
                    .contains("faller på en helgdagsafton (Julafton) – påminnelse onsdag 2026-12-23");
        }

        @Test
        void theLastWorkingDayBeforeAHolidayDueDateIsSoonEvenWithDaysLeft() {
            var status = Deadline.preliminaryAssessment(LocalDate.of(2026, 3, 23)).status(LocalDate.of(2026, 4, 2));

            assertThat(UserTexts.text(status.remainingText())).isEqualTo("4 dagar kvar");
            assertThat(status.severity()).isEqualTo(DeadlineStatus.Severity.SOON);
        }
    }
}
