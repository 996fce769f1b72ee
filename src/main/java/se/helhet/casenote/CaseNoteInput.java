package se.helhet.casenote;

/**
 * A case note as typed: values stay text until checked, so every mistake comes back beside its own field.
 * {@code occurredOn} is a date (YYYY-MM-DD), empty means today; {@code childInformed} is "true" or "false".
 */
record CaseNoteInput(
        String type,
        String occurredOn,
        String minutesSpent,
        String text,
        String childInformed,
        String childViews,
        String noConversationReason,
        String schoolName) {
}
