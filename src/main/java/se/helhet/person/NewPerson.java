package se.helhet.person;

/**
 * What is typed to register a person: a personnummer or samordningsnummer in any common form, or no
 * number and a birth date (ISO, YYYY-MM-DD) for a reserve number. Kept as text so that every bad value
 * comes back as a message beside its own field.
 */
record NewPerson(
        String personalIdentityNumber,
        String givenName,
        String familyName,
        String birthDate,
        boolean protectedIdentity,
        String address,
        String postalCode,
        String city,
        String phone,
        String language,
        boolean interpreterNeeded) {

    public static NewPerson of(String personalIdentityNumber, String givenName, String familyName, String birthDate) {
        return new NewPerson(personalIdentityNumber, givenName, familyName, birthDate, false, null, null, null, null,
                null, false);
    }
}
