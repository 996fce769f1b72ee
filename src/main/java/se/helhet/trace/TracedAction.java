package se.helhet.trace;

public enum TracedAction {
    READ,
    SEARCH,
    CREATE,
    UPDATE,
    EXPORT
}
