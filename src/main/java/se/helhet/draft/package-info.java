/**
 * Drafts: what a user types into a form is saved as they type, per user and form, until the form is
 * submitted or the draft discarded. Drafts hold text the user has not yet made a record of; they are
 * readable only by their author.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "access", "platform" })
@se.helhet.platform.OwnsTables("draft")
package se.helhet.draft;
