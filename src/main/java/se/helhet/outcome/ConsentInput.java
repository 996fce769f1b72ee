package se.helhet.outcome;

/** A consent as typed: who gave it and when (YYYY-MM-DD, empty means today). */
record ConsentInput(String guardians, String givenOn) {
}
