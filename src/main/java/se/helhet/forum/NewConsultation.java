package se.helhet.forum;

import java.util.UUID;

/**
 * A consultation as typed; every text is checked for anything shaped like an identity number. {@code childId}
 * null brings it anonymously; given, it is brought with the guardians' consent, which must be in force.
 */
record NewConsultation(String ageGroup, String broughtBy, String question, String advice, String actions,
                       String followUpBy, String followUpOn, UUID childId) {
}
