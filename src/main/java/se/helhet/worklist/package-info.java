/**
 * Worklists: a social worker's own matters by next deadline, and the unit manager's view of the team's
 * load, what is overdue and what has nobody responsible. A read model (ADR 9): it reads the tables of the
 * matter, intake and investigation modules in one query instead of asking each module row by row, and the
 * staff's units for a team, and changes nothing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "access", "common", "matter", "person", "platform" })
package se.helhet.worklist;
