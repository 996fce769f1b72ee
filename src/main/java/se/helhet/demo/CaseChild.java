package se.helhet.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/** A child as a new matter sees it: where the child lived that day and whether it had a matter before. */
record CaseChild(UUID id, String givenName, LocalDate birthDate, UUID area, boolean pilotArea, boolean reopened) {

    int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }
}
