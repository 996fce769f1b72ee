package se.helhet.instrument;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A stored administration with the scores computed when it was recorded. {@code bands} is the SDQ's two band
 * systems, {@code band} the AUDIT or DUDIT zone; both null for ESTER and HOME.
 */
public record Administration(UUID id, UUID personId, UUID matterId, String instrument, Informant informant, Sex sex,
                             LocalDate administeredOn, TimePoint timePoint, List<Integer> responses,
                             ImpactAnswers impact, Map<String, Integer> scores, SdqResult.Bands bands, String band,
                             String recordedBy, Instant recordedAt) {
}
