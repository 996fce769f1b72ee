package se.helhet.common;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * A text for the person named by its message key and arguments ("dag 17 av 14, försenad 3 dagar" is
 * {@code common.deadline.status} of two phrases), so that a value type can say what it means and the page or the
 * API choose the words in the language of its request. An argument may itself be a phrase.
 */
public record Phrase(String key, List<Object> args) implements MessageSourceResolvable {

    public Phrase {
        args = List.copyOf(args);
    }

    public Phrase(String key, Object... args) {
        this(key, Arrays.asList(args));
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
