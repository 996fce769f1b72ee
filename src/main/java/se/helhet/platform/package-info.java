/**
 * How Helhet runs: demo or production mode, the database (an embedded PostgreSQL in demo mode, an
 * external one in production) committing durably, kept running and backed up, the refusal to start when
 * the configuration is unsafe, readiness, the shape of API errors, 503 while the database is away, the
 * answer to a form posted to a page ({@link se.helhet.platform.PageForm}), a search kept out of the address
 * ({@link se.helhet.platform.Searches}), what several servers share in the database (sessions, the throttles'
 * {@link se.helhet.platform.FailureCounts}), the bounds under load, and the
 * hash chains that make the access log and signed notes tamper-evident (their heads; the rows are their owners').
 * Every capability module stands on it; it knows none of them. Other modules use its root package and its
 * charts (the named interface {@code chart}); how it runs the database and answers errors stays inside.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
@OwnsTables({"chain_head", "failure_count", "spring_session", "spring_session_attributes"})
package se.helhet.platform;
