package se.helhet.worklist;

import java.util.UUID;

import se.helhet.common.Deadline;
import se.helhet.common.DeadlineStatus;
import se.helhet.common.Level;
import se.helhet.person.ListedPerson;

/**
 * One of my matters with what is due next: the legal limit and, for an investigation, the pilot's goal
 * beside it. No deadline once the matter is in the intervention phase.
 */
public record MyMatter(UUID matterId, ListedPerson child, Level level, String step, Deadline legal,
                       DeadlineStatus legalStatus, Deadline goal, DeadlineStatus goalStatus) {

    public boolean overdue() {
        return legalStatus != null && legalStatus.isOverdue();
    }
}
