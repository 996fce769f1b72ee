package se.helhet.placement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A meeting of the placement forum: when, who took part, and what was discussed and decided about each child
 * (only the children the reader may read; {@code childrenReviewed} counts them all).
 */
record ForumMeeting(UUID id, LocalDate heldOn, List<String> participants, int childrenReviewed, List<Review> reviews) {

    record Review(UUID interventionId, UUID matterId, UUID childId, String childName, String discussed,
                  String decided) {
    }
}
