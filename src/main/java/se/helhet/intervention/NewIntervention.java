package se.helhet.intervention;

import java.util.UUID;

/**
 * An intervention as staff offer it, as typed: texts are checked by the rules, so a wrong value is named by
 * its field. {@code decisionId} is the granted decision a needs-assessed intervention requires;
 * {@code offeredOn} is ÅÅÅÅ-MM-DD and defaults to today.
 */
record NewIntervention(String code, String providerKind, String providerName, UUID responsibleWorkerId,
                              String goals, UUID decisionId, String offeredOn) {
}
