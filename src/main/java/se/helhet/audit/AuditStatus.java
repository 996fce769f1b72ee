package se.helhet.audit;

/** Where an audit stands: criteria set but no sample yet, being reviewed, or every sampled matter reviewed. */
enum AuditStatus {
    NOT_DRAWN,
    IN_PROGRESS,
    FINISHED
}
