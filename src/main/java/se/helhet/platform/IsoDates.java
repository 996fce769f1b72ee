package se.helhet.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** A date as typed in a form or a JSON field: ISO (YYYY-MM-DD), with the one message every field gives. */
public final class IsoDates {

    public static final String FORM_MESSAGE = "Skriv datumet som ÅÅÅÅ-MM-DD";

    private IsoDates() {
    }

    /** The date, or null with a problem for the field when the text is not a date. */
    public static LocalDate parse(String value, String field, List<FieldProblem> problems) {
        try {
            return LocalDate.parse(value == null ? "" : value.trim());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, FORM_MESSAGE));
            return null;
        }
    }

    /** The date, or an {@link InvalidInputException} naming the field. */
    public static LocalDate parse(String value, String field) {
        try {
            return LocalDate.parse(value == null ? "" : value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, FORM_MESSAGE);
        }
    }
}
