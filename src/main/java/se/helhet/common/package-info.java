/**
 * Value types every module speaks: identity numbers (personnummer, samordningsnummer, reserve numbers),
 * the four levels, deadlines with the Swedish working-day calendar, and the pilot-or-ordinary area choice and
 * 95 % intervals that follow-up and file audits share. Nothing here knows Spring or the database.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package se.helhet.common;
