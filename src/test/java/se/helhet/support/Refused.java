package se.helhet.support;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import se.helhet.platform.FieldProblem;
import se.helhet.platform.InvalidInputException;

/** What a rule refused, for plain unit tests: every problem it named, in its order. */
public final class Refused {

    private Refused() {
    }

    /** The problems of the {@link InvalidInputException} the call throws; fails when it throws none. */
    public static List<FieldProblem> problems(ThrowingCallable call) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, call);
        if (refused == null) {
            throw new AssertionError("Expected the input to be refused, but it was accepted");
        }
        return refused.problems();
    }

    public static FieldProblem problem(String field, String message) {
        return new FieldProblem(field, message);
    }
}
