package se.helhet.support;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import se.helhet.platform.InvalidInputException;

/**
 * What a rule refused, for plain unit tests: every problem it named, in its order, as the person reads it (the
 * Swedish text of each problem's key, outside a request).
 */
public final class Refused {

    /** One problem as shown beside its field. */
    public record Shown(String field, String message) {
    }

    private Refused() {
    }

    /** The problems of the {@link InvalidInputException} the call throws; fails when it throws none. */
    public static List<Shown> problems(ThrowingCallable call) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, call);
        if (refused == null) {
            throw new AssertionError("Expected the input to be refused, but it was accepted");
        }
        return shown(refused);
    }

    public static List<Shown> shown(InvalidInputException refused) {
        return refused.problems().stream().map(p -> new Shown(p.field(), p.message())).toList();
    }

    public static Shown problem(String field, String message) {
        return new Shown(field, message);
    }
}
