package se.helhet.person;

import static se.helhet.platform.FieldProblems.blank;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import se.helhet.common.InvalidIdentityNumberException;
import se.helhet.common.PersonalIdentityNumber;
import se.helhet.common.ReserveNumber;
import se.helhet.platform.FieldProblems;

/** Turns what was typed into a {@link Person}, or names every field that is wrong. */
final class NewPersonRules {

    private static final int MAX_NAME = 100;
    private static final int MAX_TEXT = 200;

    private NewPersonRules() {
    }

    interface ReserveNumbers {
        long next();
    }

    static Person toPerson(NewPerson input, Clock clock, ReserveNumbers reserveNumbers) {
        FieldProblems problems = new FieldProblems();
        PersonalIdentityNumber number = null;
        LocalDate birthDate = null;
        if (!blank(input.personalIdentityNumber())) {
            try {
                number = PersonalIdentityNumber.parse(input.personalIdentityNumber(), clock);
                birthDate = number.birthDate();
            } catch (InvalidIdentityNumberException e) {
                problems.add("personalIdentityNumber", e.getMessage());
            }
        } else if (blank(input.birthDate())) {
            problems.add("personalIdentityNumber", "person.problem.personalIdentityNumber.missing");
        } else {
            birthDate = birthDate(input.birthDate(), LocalDate.now(clock), problems);
        }
        if (number != null && !blank(input.birthDate())) {
            LocalDate typed = birthDate(input.birthDate(), LocalDate.now(clock), problems);
            if (typed != null && !typed.equals(number.birthDate())) {
                problems.add("birthDate", "person.problem.birthDate.notNumber");
            }
        }
        String given = problems.required(input.givenName(), "givenName", "person.problem.givenName.missing", MAX_NAME);
        String family = problems.required(input.familyName(), "familyName", "person.problem.familyName.missing", MAX_NAME);
        var contact = new Person.Contact(problems.text(input.address(), "address", MAX_TEXT),
                problems.text(input.postalCode(), "postalCode", MAX_TEXT), problems.text(input.city(), "city", MAX_TEXT),
                problems.text(input.phone(), "phone", MAX_TEXT));
        String language = problems.text(input.language(), "language", MAX_TEXT);
        problems.refuseIfAny();
        return new Person(UUID.randomUUID(), number,
                number == null ? ReserveNumber.of(birthDate, reserveNumbers.next()) : null,
                given, family, birthDate, input.protectedIdentity(), contact, language, input.interpreterNeeded());
    }

    private static LocalDate birthDate(String value, LocalDate today, FieldProblems problems) {
        LocalDate date = problems.date(value, "birthDate");
        if (date != null && date.isAfter(today)) {
            problems.add("birthDate", "person.problem.birthDate.inFuture");
            return null;
        }
        return date;
    }
}
