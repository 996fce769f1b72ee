package se.helhet.person;

import java.util.UUID;

/** A person as a row in a list of work: a protected person keeps the row but not the name or number. */
public record ListedPerson(UUID id, String name, String maskedReference, int age, boolean protectedIdentity) {

    static ListedPerson of(Person p, boolean maySeeProtected, java.time.LocalDate today) {
        boolean hidden = hidden(p, maySeeProtected);
        return new ListedPerson(p.id(), hidden ? "Skyddade personuppgifter" : p.name(),
                hidden ? "" : p.maskedReference(), p.ageOn(today), p.protectedIdentity());
    }

    /** ADR 3: a protected person shows in a list only as a row without name, number or link, unless the reader has the right. */
    static boolean hidden(Person p, boolean maySeeProtected) {
        return p.protectedIdentity() && !maySeeProtected;
    }
}
