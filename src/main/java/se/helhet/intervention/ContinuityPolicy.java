package se.helhet.intervention;

import java.util.Optional;
import java.util.UUID;

import se.helhet.common.Level;
import se.helhet.platform.FieldProblem;

/**
 * The continuity rule of the model. On green and orange one social worker may assess, investigate and give
 * the intervention, so the family meets one person. On red the roles are separated: the one who
 * investigated does not give the intervention.
 */
final class ContinuityPolicy {

    private ContinuityPolicy() {
    }

    static Optional<FieldProblem> check(Level level, Optional<UUID> investigator, UUID responsibleWorker) {
        if (level == Level.RED && investigator.isPresent() && investigator.get().equals(responsibleWorker)) {
            return Optional.of(new FieldProblem("responsibleWorkerId",
                    "intervention.problem.responsibleWorkerId.investigator"));

        }
        return Optional.empty();
    }
}
