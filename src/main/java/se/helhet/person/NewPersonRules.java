package se.helhet.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import se.helhet.common.InvalidIdentityNumberException;
import se.helhet.common.PersonalIdentityNumber;
import se.helhet.common.ReserveNumber;
import se.helhet.platform.IsoDates;
import se.helhet.platform.FieldProblem;
import se.helhet.platform.InvalidInputException;

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
        List<FieldProblem> problems = new ArrayList<>();
        PersonalIdentityNumber number = null;
        LocalDate birthDate = null;
        if (!blank(input.personalIdentityNumber())) {
            try {
                number = PersonalIdentityNumber.parse(input.personalIdentityNumber(), clock);
                birthDate = number.birthDate();
            } catch (InvalidIdentityNumberException e) {
                problems.add(new FieldProblem("personalIdentityNumber", e.getMessage()));
            }
        } else if (blank(input.birthDate())) {
            problems.add(new FieldProblem("personalIdentityNumber",
                    "Ange personnummer, eller födelsedatum för ett reservnummer"));
        } else {
            birthDate = birthDate(input.birthDate(), LocalDate.now(clock), problems);
        }
        if (number != null && !blank(input.birthDate())) {
            LocalDate typed = birthDate(input.birthDate(), LocalDate.now(clock), problems);
            if (typed != null && !typed.equals(number.birthDate())) {
                problems.add(new FieldProblem("birthDate", "Födelsedatumet stämmer inte med personnumret"));
            }
        }
        String given = name(input.givenName(), "givenName", "förnamn", problems);
        String family = name(input.familyName(), "familyName", "efternamn", problems);
        for (String[] field : new String[][] {{"address", input.address()}, {"postalCode", input.postalCode()},
                {"city", input.city()}, {"phone", input.phone()}, {"language", input.language()}}) {
            if (field[1] != null && field[1].length() > MAX_TEXT) {
                problems.add(new FieldProblem(field[0], "Högst " + MAX_TEXT + " tecken"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Person(UUID.randomUUID(), number,
                number == null ? ReserveNumber.of(birthDate, reserveNumbers.next()) : null,
                given, family, birthDate, input.protectedIdentity(),
                new Person.Contact(trim(input.address()), trim(input.postalCode()), trim(input.city()),
                        trim(input.phone())),
                trim(input.language()), input.interpreterNeeded());
    }

    private static String name(String value, String field, String label, List<FieldProblem> problems) {
        String trimmed = trim(value);
        if (trimmed == null) {
            problems.add(new FieldProblem(field, "Ange " + label));
        } else if (trimmed.length() > MAX_NAME) {
            problems.add(new FieldProblem(field, "Högst " + MAX_NAME + " tecken"));
        }
        return trimmed;
    }

    private static LocalDate birthDate(String value, LocalDate today, List<FieldProblem> problems) {
        LocalDate date = IsoDates.parse(value, "birthDate", problems);
        if (date != null && date.isAfter(today)) {
            problems.add(new FieldProblem("birthDate", "Födelsedatumet ligger i framtiden"));
            return null;
        }
        return date;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return blank(value) ? null : value.trim();
    }
}
