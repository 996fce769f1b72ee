package se.helhet.person;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

import se.helhet.common.PersonalIdentityNumber;
import se.helhet.common.ReserveNumber;

/**
 * A person as recorded. Exactly one of identity number and reserve number is set. Contact details are
 * {@code null} in a copy made for a reader without the right to see a protected person's details.
 */
public record Person(
        UUID id,
        PersonalIdentityNumber identityNumber,
        ReserveNumber reserveNumber,
        String givenName,
        String familyName,
        LocalDate birthDate,
        boolean protectedIdentity,
        Contact contact,
        String language,
        boolean interpreterNeeded) {

    public record Contact(String address, String postalCode, String city, String phone) {
        public static final Contact NONE = new Contact(null, null, null, null);
    }

    public Person {
        if ((identityNumber == null) == (reserveNumber == null)) {
            throw new IllegalArgumentException("A person has either an identity number or a reserve number");
        }
    }

    public String name() {
        return givenName + " " + familyName;
    }

    /** The number staff see and search by: personnummer as YYYYMMDD-NNNN, else the reserve number. */
    public String reference() {
        return identityNumber != null ? identityNumber.formatted() : reserveNumber.value();
    }

    public String maskedReference() {
        return identityNumber != null ? identityNumber.masked() : reserveNumber.value();
    }

    public boolean coordinationNumber() {
        return identityNumber != null && identityNumber.isCoordinationNumber();
    }

    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    public boolean isChildOn(LocalDate date) {
        return ageOn(date) < 18;
    }

    Person withoutContact() {
        return new Person(id, identityNumber, reserveNumber, givenName, familyName, birthDate, protectedIdentity,
                Contact.NONE, language, interpreterNeeded);
    }
}
