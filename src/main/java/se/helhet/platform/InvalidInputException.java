package se.helhet.platform;

import java.util.List;

/** Input that a rule refused; the API answers 400 and a form shows each message beside its field. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("Ogiltiga uppgifter");
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
