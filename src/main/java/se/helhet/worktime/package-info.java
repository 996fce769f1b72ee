/**
 * Time with children: the share of the time staff record in signed case notes that was spent in direct
 * contact with a child, per worker and per unit, month by month. A read model over the case note and
 * staff tables (ADR 9): it owns no data and changes nothing. The figures describe staff, not clients, so
 * nothing is traced; a worker's figures are shown only to the worker and to the unit manager of a unit
 * the worker belongs to, and an analyst sees units only, never a unit small enough to single someone out.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "access", "platform", "platform :: chart" })
package se.helhet.worktime;
