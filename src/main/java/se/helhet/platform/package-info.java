/**
 * How Helhet runs: demo or production mode, the database (an embedded PostgreSQL in demo mode, an
 * external one in production), the refusal to start when the configuration is unsafe, and the shape of
 * API errors. Every capability module stands on it; it knows none of them.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.helhet.platform;
