/**
 * Value types every module speaks: identity numbers (personnummer, samordningsnummer, reserve numbers),
 * the four levels, deadlines with the Swedish working-day calendar, and the pilot-or-ordinary area choice and
 * 95 % intervals that follow-up and file audits share. Nothing here knows the web or the database; a text for
 * the person is a {@link se.helhet.common.Phrase}, a key of the bundles with its arguments, put into words where it
 * is shown.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package se.helhet.common;
