package se.helhet.intake;

import java.time.Instant;

/** What the reporter was told, or why they were not told. */
public record ReporterFeedback(boolean given, Status status, String letter, String reason, String recordedBy,
                               Instant recordedAt) {

    public enum Status { INVESTIGATION_OPENED, NOT_OPENED, ALREADY_UNDER_WAY }
}
