package se.helhet.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One rating on the safety scale: 0 not safe at all, 10 completely safe. */
record SafetyRating(UUID id, UUID childId, LocalDate ratedOn, int score, Rater rater, String comment,
                    String recordedBy, Instant recordedAt) {

    /** Who gave the rating. */
    enum Rater {
        STAFF,
        PARENT,
        CHILD
    }
}
