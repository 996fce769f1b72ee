package se.helhet.access;

/** What a member of staff does; the message bundle has the Swedish names (role.&lt;NAME&gt;). */
public enum Role {
    ADMINISTRATOR,
    INTAKE_WORKER,
    SOCIAL_WORKER,
    UNIT_MANAGER,
    /** Aggregated figures only, never a person. */
    ANALYST,
    /** Reads across units for a file audit, and nothing else. */
    FILE_AUDITOR
}
