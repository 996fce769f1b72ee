/**
 * Worklists: a social worker's own matters by next deadline, and the unit manager's view of the team's
 * load, what is overdue and what has nobody responsible. A read model (ADR 9): one row per matter in
 * {@code worklist_matter} with the facts of the matter, intake and investigation modules that its deadline follows
 * from, and in {@code worklist_waiting_child} each child of a report waiting at intake (which the intake module's
 * worklist reads), both kept current by the database in the same transaction as each write of theirs (triggers,
 * V34_5), so that a list is counted and paged without reading every report and investigation behind it; and the
 * staff's units for a team. It changes nothing itself.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "access", "common", "matter", "person", "platform" })
@se.helhet.platform.OwnsTables({"swedish_holiday", "worklist_matter", "worklist_waiting_child"})
package se.helhet.worklist;
