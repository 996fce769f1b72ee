/**
 * Value types every module speaks: identity numbers (personnummer, samordningsnummer, reserve numbers),
 * the four levels, and deadlines with the Swedish working-day calendar. Nothing here knows Spring or the
 * database.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package se.helhet.common;
