/**
 * The matter (ärende): one child's case from the first report to closing. It carries the level with its
 * history, the responsible social worker, and the child's area and age on the start date, and gathers
 * the timeline that other modules contribute to. Access to everything in a matter follows the matter.
 */
@se.helhet.platform.OwnsTables({"matter", "matter_level_change"})
package se.helhet.matter;
