/**
 * How Helhet runs: demo or production mode, the database (an embedded PostgreSQL in demo mode, an
 * external one in production) committing durably, kept running and backed up, the refusal to start when
 * the configuration is unsafe, readiness, and the shape of API errors, 503 while the database is away.
 * Every capability module stands on it; it knows none of them.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.helhet.platform;
