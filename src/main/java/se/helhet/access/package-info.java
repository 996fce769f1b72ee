/**
 * Who may do what: staff accounts, their units and roles, login (local accounts with passwords throttled
 * per account and client, OIDC when configured, HTTP Basic for the API), and the current user that every
 * other module asks before it shows a record.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "platform" })
package se.helhet.access;
