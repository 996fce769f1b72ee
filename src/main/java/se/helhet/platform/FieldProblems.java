package se.helhet.platform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads what a person typed, field by field, and collects every problem at once, so that a form shows each
 * message beside its field and the API names them all in one answer. Each reader gives the value, or null and a
 * problem for the field; {@link #refuseIfAny()} ends the reading. A problem is named by its message key (with
 * arguments); the text is chosen where it is shown, in the language of the request ({@link FieldProblem}).
 *
 * <pre>{@code
 * FieldProblems problems = new FieldProblems();
 * Kind kind = problems.oneOf(Kind.class, input.kind(), "kind", "matter.problem.kind.missing");
 * String text = problems.required(input.text(), "text", "casenote.problem.text.missing", 20_000);
 * LocalDate on = problems.happened(input.occurredOn(), "occurredOn", today);
 * problems.refuseIfAny();
 * }</pre>
 */
public final class FieldProblems {

    private final List<FieldProblem> problems = new ArrayList<>();

    /** Typed text without the white space around it; null when there is nothing else. */
    public static String trim(String value) {
        return blank(value) ? null : value.strip();
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** An id as typed or chosen; null when there is none or it is no id, for a caller that says what is missing. */
    public static UUID idOrNull(String value) {
        try {
            return blank(value) ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** An id chosen from a list on a page; anything else (nothing, a tampered form) is refused beside the list. */
    public static UUID chosenId(String value, String field, String key) {
        UUID id = idOrNull(value);
        if (id == null) {
            throw new InvalidInputException(field, key);
        }
        return id;
    }

    /** An id the input must name; {@code key} when it is left out or no id. */
    public UUID requiredId(String value, String field, String key) {
        UUID id = idOrNull(value);
        if (id == null) {
            add(field, key);
        }
        return id;
    }

    public void add(String field, String key, Object... args) {
        problems.add(new FieldProblem(field, key, args));
    }

    public void add(FieldProblem problem) {
        problems.add(problem);
    }

    public void addAll(List<FieldProblem> more) {
        problems.addAll(more);
    }

    /** Whether the field has a problem already, so that a later rule does not name it twice. */
    public boolean has(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<FieldProblem> list() {
        return List.copyOf(problems);
    }

    /** Refuses the input, naming every problem, when there is one. */
    public void refuseIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Text that may be left out (null), at most {@code max} characters. */
    public String text(String value, String field, int max) {
        String text = trim(value);
        if (text != null && text.length() > max) {
            add(field, "problem.text.too-long", thousands(max));
        }
        return text;
    }

    /** Text that must be given: {@code missing} when it is not, at most {@code max} characters. */
    public String required(String value, String field, String missing, int max) {
        String text = text(value, field, max);
        if (text == null) {
            add(field, missing);
        }
        return text;
    }

    /** One of an enum's names; {@code key} when it is left out or not one of them. */
    public <E extends Enum<E>> E oneOf(Class<E> type, String value, String field, String key) {
        E chosen = optionalOneOf(type, value, field, key);
        if (chosen == null && blank(value)) {
            add(field, key);
        }
        return chosen;
    }

    /** One of an enum's names, or null when it is left out; {@code key} when it is not one of them. */
    public <E extends Enum<E>> E optionalOneOf(Class<E> type, String value, String field, String key) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            add(field, key);
            return null;
        }
    }

    /** A whole number, or null when it is left out; {@code key} when it is not one. */
    public Integer number(String value, String field, String key) {
        return number(value, field, key, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** A whole number from {@code min} to {@code max}, or null when it is left out; {@code key} otherwise. */
    public Integer number(String value, String field, String key, int min, int max) {
        if (blank(value)) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the same message as a number out of range
        }
        add(field, key);
        return null;
    }

    /** A whole number from {@code min} to {@code max} that must be given; {@code key} when it is not. */
    public Integer requiredNumber(String value, String field, String key, int min, int max) {
        if (blank(value)) {
            add(field, key);
            return null;
        }
        return number(value, field, key, min, max);
    }

    /** A date as {@link IsoDates} reads it, with its messages; a date left out is a problem too. */
    public LocalDate date(String value, String field) {
        try {
            return IsoDates.parse(value, field);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /** A day something happened, as typed: today when left out, never after today. */
    public LocalDate happened(String value, String field, LocalDate today) {
        if (blank(value)) {
            return today;
        }
        LocalDate date = date(value, field);
        if (date != null && date.isAfter(today)) {
            add(field, "problem.date.in-future");
            return null;
        }
        return date;
    }

    /** Grouped the Swedish way, 20 000, which reads well in English too. */
    private static String thousands(int n) {
        return String.valueOf(n).replaceAll("(\\d)(?=(\\d{3})+$)", "$1 ");
    }
}
