package se.helhet.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A consent as the rules accepted it, ready to be recorded. */
record NewConsent(UUID subjectId, List<UUID> givenBy, List<Recipient> recipients, Set<ConsentScope> scopes,
                  LocalDate validFrom, LocalDate validTo, ConsentForm form) {
}
