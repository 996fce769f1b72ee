package se.helhet.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

import se.helhet.demo.Family.Member;

/** A generated child as a matter started on a given day would see it, from the same areas as person_area. */
final class ChildOnDay {

    private final UUID pilotArea;

    ChildOnDay(UUID pilotArea) {
        this.pilotArea = pilotArea;
    }

    /** The child on that day, or null if not yet born, not 0-17 or not living in the district then. */
    CaseChild on(Member child, LocalDate day, boolean known) {
        if (!day.isAfter(child.birthDate()) || !day.isBefore(child.birthDate().plusYears(18))) {
            return null;
        }
        UUID area = null;
        for (Family.Home.Period period : child.home().periodsFor(child.birthDate())) {
            if (!period.from().isAfter(day)) {
                area = period.area();
            }
        }
        if (area == null) {
            return null;
        }
        return new CaseChild(child.id(), child.givenName(), child.birthDate(), area, area.equals(pilotArea), known);
    }

    int age(Member child, LocalDate day) {
        return Period.between(child.birthDate(), day).getYears();
    }
}
