package se.helhet.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One answered questionnaire on coordinated support: {@code answers} per question, 1 (stämmer inte alls) to
 * 5 (stämmer helt), null where the respondent did not answer.
 */
record SupportAnswer(UUID id, UUID matterId, Respondent respondent, LocalDate answeredOn,
                            List<Integer> answers, String recordedBy, Instant recordedAt) {

    /** The mean of the answered questions, or null when none was answered. */
    public Double mean() {
        return answers.stream().filter(a -> a != null).mapToInt(Integer::intValue).average().stream().boxed()
                .findFirst().orElse(null);
    }
}
