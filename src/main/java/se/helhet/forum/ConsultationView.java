package se.helhet.forum;

import se.helhet.person.ListedPerson;

/**
 * A consultation as the reader sees it: with consent, its child while the consent is still in force and the
 * reader may read the child; {@code child} is null otherwise, and always for an anonymous one.
 */
record ConsultationView(Consultation consultation, ListedPerson child, boolean consentInForce) {
}
