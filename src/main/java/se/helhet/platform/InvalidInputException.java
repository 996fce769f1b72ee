package se.helhet.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Input that a rule refused; the API answers 400 and a form shows each message beside its field. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("Invalid input");
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String key, Object... args) {
        this(List.of(new FieldProblem(field, key, args)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** The first message for each field, in the order given: what a form shows beside each field. */
    public Map<String, String> byField() {
        Map<String, String> result = new LinkedHashMap<>();
        problems.forEach(p -> result.putIfAbsent(p.field(), p.message()));
        return result;
    }
}
