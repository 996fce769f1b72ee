package se.helhet.worklist;

import java.util.UUID;

import se.helhet.common.Deadline;
import se.helhet.common.DeadlineStatus;
import se.helhet.common.Level;
import se.helhet.matter.MatterKind;
import se.helhet.person.ListedPerson;
import se.helhet.platform.UserTexts;

/**
 * One of my matters with what is due next: the legal limit and, for an investigation, the pilot's goal
 * beside it. No deadline once the matter is in the intervention phase, nor in an adult unit's matter, which
 * shows its kind instead of a level ({@code child} is then the adult the matter is about). The step is named by its
 * key and read in the language of the page or API call that shows it.
 */
public record MyMatter(UUID matterId, MatterKind kind, ListedPerson child, Level level, String stepKey, Deadline legal,
                       DeadlineStatus legalStatus, Deadline goal, DeadlineStatus goalStatus) {

    /** The step is the investigation, whose page the worklist opens directly. */
    public boolean investigating() {
        return kind.childAndYouth() && Worklists.INVESTIGATION_STEP.equals(stepKey);
    }

    /** What is due next, in the reader's language. */
    public String step() {
        return UserTexts.text(stepKey);
    }

    public boolean overdue() {
        return legalStatus != null && legalStatus.isOverdue();
    }
}
