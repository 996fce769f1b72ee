package se.helhet.instrument;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An administration as the worker enters it. SDQ, AUDIT and DUDIT come with their raw responses (and the
 * SDQ impact answers) and are scored here; ESTER and HOME come with the {@code scores} from their licensed
 * scoring, and nothing else. {@code matterId} is optional.
 */
public record NewAdministration(String instrument, String informant, String sex, String administeredOn,
                                String timePoint, UUID matterId, List<Integer> responses, ImpactAnswers impact,
                                Map<String, Integer> scores) {
}
