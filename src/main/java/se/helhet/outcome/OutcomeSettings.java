package se.helhet.outcome;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code followUpAfter}: how long after the matter closed the follow-up is made (HELHET_OUTCOME_FOLLOW_UP_AFTER,
 * e.g. 6m or 1y); a follow-up is recorded from that day on, so that every child is measured at the same distance.
 */
@ConfigurationProperties("helhet.outcome")
record OutcomeSettings(@DefaultValue("6m") Period followUpAfter) {
}
