package se.helhet.intake;

import java.time.LocalDate;

/** A contact made during a preliminary assessment. */
record PreliminaryContact(LocalDate contactedOn, Party party, String otherParty, boolean consentNoted,
                                 String note, String recordedBy) {

    /** The reporter and the family may be contacted; anyone else only with the guardians' consent. */
    enum Party { REPORTER, GUARDIAN, CHILD, OTHER }
}
