/**
 * The matter (ärende): a person's case in one unit from opening to closing. A children and youth matter starts
 * with the first report at intake and carries the level with its history and the child's area and age on the
 * start date; the adult units open and close theirs themselves. Each has a responsible social worker. Other
 * modules add to its timeline ({@link se.helhet.matter.TimelineContributor}) and declare their tabs of the case file
 * ({@link se.helhet.matter.CaseFileTab}), so the matter knows none of them. Access to everything in a matter
 * follows the matter; another unit reads a matter's content only under a consent in force
 * ({@code consent.ConsentScope.SHARE_MATTER_CONTENT}), asked at each read and named in its trace row, and a
 * worker with an open matter of their own in a family sees that the family's other matters exist, nothing more.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "access", "common", "consent", "person", "platform", "trace" })
@se.helhet.platform.OwnsTables({"matter", "matter_level_change"})
package se.helhet.matter;
