package se.helhet.forum;

/** A consultation as typed; every text is checked for anything shaped like an identity number. */
record NewConsultation(String ageGroup, String broughtBy, String question, String advice, String actions,
                       String followUpBy, String followUpOn) {
}
