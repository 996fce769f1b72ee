/**
 * Case notes (journalanteckningar) in a child's matter: typed (a conversation with the child, a home visit,
 * a school contact …), dated, with the time spent. A note is a draft until its author signs it; a signed note
 * is never changed, only corrected by a new note that names it, so the record shows what was known when.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "access", "draft", "matter", "person", "platform", "trace" })
@se.helhet.platform.OwnsTables("case_note")
package se.helhet.casenote;
