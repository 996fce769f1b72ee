package se.helhet.platform;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * One invalid input field: the JSON field (or form field) name and what is wrong with it, as a message key of
 * the bundles with its arguments. The text is chosen where it is shown ({@link #message()}), in the language of
 * the request: the page beside the field, or the API's problem details.
 */
public record FieldProblem(String field, String key, List<Object> args) implements MessageSourceResolvable {

    public FieldProblem {
        args = List.copyOf(args);
    }

    public FieldProblem(String field, String key, Object... args) {
        this(field, key, Arrays.asList(args));
    }

    /** The text for the person, in the language of the current request. */
    public String message() {
        return UserTexts.text(key, args.toArray());
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return args.toArray();
    }

    @Override
    public String getDefaultMessage() {
        return key;
    }
}
