/**
 * Investigations (utredningar): orange (short) or red (full, by the BBIC areas), with the legal limit of
 * four months and the pilot's goals. So far they are opened from intake's decisions and shown with their
 * deadlines; the investigation work itself comes next.
 */
@se.helhet.platform.OwnsTables({"investigation", "investigation_extension", "investigation_area", "decision"})
package se.helhet.investigation;
