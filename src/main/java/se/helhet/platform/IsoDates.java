package se.helhet.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A date as typed in a form or a JSON field: ISO (YYYY-MM-DD), with the one message every field gives. */
public final class IsoDates {

    public static final String FORM_KEY = "problem.date.form";
    public static final String RANGE_KEY = "problem.date.range";

    /** Dates outside these years are typing mistakes, or attempts to make a period of millions of years. */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2199;

    private IsoDates() {
    }

    /** The date, or an {@link InvalidInputException} naming the field. */
    public static LocalDate parse(String value, String field) {
        LocalDate date;
        try {
            date = LocalDate.parse(value == null ? "" : value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, FORM_KEY);
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new InvalidInputException(field, RANGE_KEY);
        }
        return date;
    }
}
