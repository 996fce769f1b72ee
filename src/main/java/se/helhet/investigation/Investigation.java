package se.helhet.investigation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import se.helhet.common.Deadline;
import se.helhet.common.Level;

/**
 * An investigation in a child's matter. {@code level} is null for an application until the investigator
 * sets it, and follows the matter's level from then on; {@code levelWhenOpened} is the first level it had, by which
 * the follow-up counts it; {@code legalDue} is four months from the opening decision unless an extension moved it.
 */
public record Investigation(UUID id, UUID matterId, UUID reportId, Level level, Level levelWhenOpened,
                            LocalDate openedOn, LocalDate legalDue, UUID investigatorId, LocalDate closedOn,
                            String plan, LocalDate communicatedOn, String communicationComments, int version,
                            Instant recordedAt) {

    /** Four months from the opening decision, or the later date an extension decided. */
    public Deadline legalDeadline() {
        return Deadline.investigation(openedOn, legalDue);
    }

    /** The pilot's goal: 14 days for an orange investigation, 60 for a red one. */
    public Deadline pilotGoal() {
        return Deadline.investigationGoal(openedOn, level);
    }

    public boolean open() {
        return closedOn == null;
    }

    public boolean extended() {
        return !legalDue.equals(Deadline.investigation(openedOn).due());
    }
}
