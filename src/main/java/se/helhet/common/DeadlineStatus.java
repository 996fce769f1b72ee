package se.helhet.common;

import java.util.Objects;

/**
 * Where a matter stands against its {@link Deadline} on one day, in the words the start pages show:
 * "dag 9 av 14" and "3 dagar kvar", "i dag" or "försenad 2 dagar".
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
            throw new IllegalArgumentException("Dagnumret och antalet dagar kan inte vara negativa");
        }
    }

    public int overdueDays() {
        return Math.max(0, -daysLeft);
    }

    public boolean isOverdue() {
        return severity == Severity.OVERDUE;
    }

    /** "dag 9 av 14". */
    public String progressText() {
        return "dag " + dayNumber + " av " + totalDays;
    }

    /** "3 dagar kvar", "1 dag kvar", "i dag", "försenad 1 dag", "försenad 2 dagar". */
    public String remainingText() {
        if (daysLeft > 0) {
            return daysLeft + (daysLeft == 1 ? " dag kvar" : " dagar kvar");
        }
        if (daysLeft == 0) {
            return "i dag";
        }
        return "försenad " + overdueDays() + (overdueDays() == 1 ? " dag" : " dagar");
    }

    /** "dag 9 av 14, 5 dagar kvar", for places with room for one line only. */
    public String text() {
        return progressText() + ", " + remainingText();
    }
}
