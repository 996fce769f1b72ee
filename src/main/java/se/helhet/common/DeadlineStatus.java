package se.helhet.common;

import java.util.Objects;

/**
 * Where a matter stands against its {@link Deadline} on one day, in the words the start pages show:
 * "dag 9 av 14" and "3 dagar kvar", "i dag" or "försenad 2 dagar", as {@link Phrase}s chosen in the
 * language of the page or API that shows them.
 *
 * @param dayNumber days since the start day, which is day 0
 * @param totalDays days from the start day to the due date
 * @param daysLeft  days until the due date; negative once overdue
 */
public record DeadlineStatus(int dayNumber, int totalDays, int daysLeft, Severity severity) {

    public enum Severity {
        OK,
        /** Due within two days, or the last working day before a due date on a weekend or holiday has come. */
        SOON,
        OVERDUE
    }

    public DeadlineStatus {
        Objects.requireNonNull(severity, "severity");
        if (dayNumber < 0 || totalDays < 0) {
            throw new IllegalArgumentException("The day number and the number of days cannot be negative");
        }
    }

    public int overdueDays() {
        return Math.max(0, -daysLeft);
    }

    public boolean isOverdue() {
        return severity == Severity.OVERDUE;
    }

    /** "dag 9 av 14". */
    public Phrase progressText() {
        return new Phrase("common.deadline.day-of", String.valueOf(dayNumber), String.valueOf(totalDays));
    }

    /** "3 dagar kvar", "1 dag kvar", "i dag", "försenad 1 dag", "försenad 2 dagar". */
    public Phrase remainingText() {
        if (daysLeft > 0) {
            return daysLeft == 1 ? new Phrase("common.deadline.left.one")
                    : new Phrase("common.deadline.left", String.valueOf(daysLeft));
        }
        if (daysLeft == 0) {
            return new Phrase("common.deadline.today");
        }
        return overdueDays() == 1 ? new Phrase("common.deadline.overdue.one")
                : new Phrase("common.deadline.overdue", String.valueOf(overdueDays()));
    }

    /** "dag 9 av 14, 5 dagar kvar", for places with room for one line only. */
    public Phrase text() {
        return new Phrase("common.deadline.status", progressText(), remainingText());
    }
}
