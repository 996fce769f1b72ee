package se.helhet.forum;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A question brought to a meeting and what came of it. {@code consent} is null for an anonymous one, which
 * names no person anywhere.
 */
record Consultation(UUID id, UUID meetingId, ConsultationAgeGroup ageGroup, String broughtBy, String question,
                    String advice, String actions, String followUpBy, LocalDate followUpOn, ConsentLink consent) {

    /** The child a consultation with consent is about, and the consent it rests on. */
    record ConsentLink(UUID childId, UUID consentId) {
    }

    public boolean anonymous() {
        return consent == null;
    }
}
