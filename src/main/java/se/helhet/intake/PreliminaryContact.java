package se.helhet.intake;

import java.time.LocalDate;

/** A contact made during a preliminary assessment. */
public record PreliminaryContact(LocalDate contactedOn, Party party, String otherParty, boolean consentNoted,
                                 String note, String recordedBy) {

    /** The reporter and the family may be contacted; anyone else only with the guardians' consent. */
    public enum Party { REPORTER, GUARDIAN, CHILD, OTHER }
}
