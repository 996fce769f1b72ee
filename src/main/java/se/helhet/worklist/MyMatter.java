package se.helhet.worklist;

import java.util.UUID;

import se.helhet.common.Deadline;
import se.helhet.common.DeadlineStatus;
import se.helhet.common.Level;
import se.helhet.matter.MatterKind;
import se.helhet.person.ListedPerson;

/**
 * One of my matters with what is due next: the legal limit and, for an investigation, the pilot's goal
 * beside it. No deadline once the matter is in the intervention phase, nor in an adult unit's matter, which
 * shows its kind instead of a level ({@code child} is then the adult the matter is about).
 */
public record MyMatter(UUID matterId, MatterKind kind, ListedPerson child, Level level, String step, Deadline legal,
                       DeadlineStatus legalStatus, Deadline goal, DeadlineStatus goalStatus) {

    /** The step is the investigation, whose page the worklist opens directly. */
    public boolean investigating() {
        return kind.childAndYouth() && Worklists.INVESTIGATION_STEP.equals(step);
    }

    public boolean overdue() {
        return legalStatus != null && legalStatus.isOverdue();
    }
}
