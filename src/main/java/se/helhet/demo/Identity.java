package se.helhet.demo;

import java.time.LocalDate;

/** Exactly one of personalIdentityNumber and reserveNumber is set, as the person table demands. */
record Identity(String personalIdentityNumber, boolean coordinationNumber, String reserveNumber,
                LocalDate birthDate) {
}
