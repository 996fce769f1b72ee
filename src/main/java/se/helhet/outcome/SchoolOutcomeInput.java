package se.helhet.outcome;

/**
 * School data as typed, text until checked so every mistake is named beside its field. {@code term} is HT or
 * VT and a year (HT2026); the percentage may have a decimal comma; {@code recordedOn} empty means today.
 */
record SchoolOutcomeInput(String timePoint, String term, String attendancePercent, String resultKind,
                                 String subjectsAssessed, String subjectsPassed, String recordedOn) {
}
