/**
 * The case file: the composed pages of a child's matter. It puts together what the matter, intake,
 * investigation (with its BBIC areas), case-note and worklist modules know about one matter into pages — the
 * overview, the investigation — and owns no data: every change goes through the owning module's service.
 */
package se.helhet.casefile;
