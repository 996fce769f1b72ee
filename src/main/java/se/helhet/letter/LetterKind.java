package se.helhet.letter;

/** Which letter it is; each is sent once for its record. */
public enum LetterKind { DECISION, INVESTIGATION_OPENED, REPORTER_FEEDBACK }
