/**
 * The access log: every read and write of a person's data, by whom, when, of which record and from which
 * page or API call, in an append-only table. Administrators review it per person or per user (the log
 * review municipalities do) and export it as CSV.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "access", "common", "platform" })
@se.helhet.platform.OwnsTables("trace")
package se.helhet.trace;
