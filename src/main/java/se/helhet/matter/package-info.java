/**
 * The matter (ärende): one child's case from the first report to closing. It carries the level with its
 * history, the responsible social worker, and the child's area and age on the start date. Other modules add
 * to its timeline ({@link se.helhet.matter.TimelineContributor}) and declare their tabs of the case file
 * ({@link se.helhet.matter.CaseFileTab}), so the matter knows none of them. Access to everything in a matter
 * follows the matter; another unit reads a matter's content only under a consent in force
 * ({@code consent.ConsentScope.SHARE_MATTER_CONTENT}), asked at each read and named in its trace row.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "access", "common", "consent", "person", "platform", "trace" })
@se.helhet.platform.OwnsTables({"matter", "matter_level_change"})
package se.helhet.matter;
