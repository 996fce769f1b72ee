/**
 * Who may do what: staff accounts, their units and roles, login (local accounts with passwords throttled
 * per account and client, OIDC when configured, HTTP Basic for the API), API tokens for integrations, and the
 * current user that every other module asks before it shows a record.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "platform" })
@se.helhet.platform.OwnsTables(value = {"unit", "app_user", "user_unit", "installation", "login_lockout", "api_client",
        "staff_change"},
        readableByAll = {"app_user", "unit"})
package se.helhet.access;
