/**
 * The placement forum (placeringsforum) and school continuity (SiSam): the monthly list of every child placed
 * outside the home, with the plan for the way home and what must happen at home; the record of each forum meeting;
 * and for each placed school-age child who is responsible for the schooling before, during and after the placement
 * and which school the child attends. Placements are the intervention module's; this module reads them (a read
 * model) and adds the forum's plans. For the unit managers and social workers of the children and youth units, each
 * child read under the access of the child's matter and traced.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "access", "common", "matter", "person", "platform", "trace" })
@se.helhet.platform.OwnsTables({"placement_plan", "placement_forum_meeting", "placement_forum_participant",
        "placement_forum_review"})
package se.helhet.placement;
