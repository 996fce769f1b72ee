/**
 * The matter (ärende): one child's case from the first report to closing. It carries the level with its
 * history, the responsible social worker, and the child's area and age on the start date. Other modules add
 * to its timeline ({@link se.helhet.matter.TimelineContributor}) and declare their tabs of the case file
 * ({@link se.helhet.matter.CaseFileTab}), so the matter knows none of them. Access to everything in a matter
 * follows the matter.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "access", "common", "person", "platform", "trace" })
@se.helhet.platform.OwnsTables({"matter", "matter_level_change"})
package se.helhet.matter;
