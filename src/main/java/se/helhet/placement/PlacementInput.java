package se.helhet.placement;

import java.util.List;
import java.util.UUID;

/** What the API and the pages send, as typed. */
final class PlacementInput {

    private PlacementInput() {
    }

    /** The forum's plan for a placement; {@code version} is the one read, null when there was none yet. */
    record PlacementPlanInput(String homePlan, String atHome, String schoolName, String schoolBefore,
                              String schoolDuring, String schoolAfter, Integer version) {
    }

    record ForumMeetingInput(String heldOn, List<UUID> participantIds, List<ForumReviewInput> reviews) {
    }

    record ForumReviewInput(UUID interventionId, String discussed, String decided) {
    }
}
