package se.helhet.person;

import java.time.LocalDate;
import java.util.UUID;


/** A person in the API: exactly the contract integrations rely on. */
record PersonJson(
        UUID id,
        String personalIdentityNumber,
        String reserveNumber,
        String givenName,
        String familyName,
        LocalDate birthDate,
        boolean coordinationNumber,
        boolean protectedIdentity) {

    /** A protected relative in a family, for a reader without the right to see protected persons. */
    static final PersonJson HIDDEN = new PersonJson(null, null, null, null, null, null, false, true);

    static PersonJson of(Person p) {
        return new PersonJson(p.id(),
                p.identityNumber() == null ? null : p.identityNumber().value(),
                p.reserveNumber() == null ? null : p.reserveNumber().value(),
                p.givenName(), p.familyName(), p.birthDate(), p.coordinationNumber(), p.protectedIdentity());
    }
}
