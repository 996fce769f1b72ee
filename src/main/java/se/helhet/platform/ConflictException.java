package se.helhet.platform;

import java.util.List;

/**
 * The request collides with what is already recorded (a duplicate, a newer version). It names the text for the
 * person by its message key; {@link #userMessage()} gives it in the language of the request.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
public class ConflictException extends RuntimeException {

    private final List<Object> args;

    public ConflictException(String key, Object... args) {
        super(key);
        this.args = List.of(args);
    }

    public String userMessage() {
        return UserTexts.text(getMessage(), args.toArray());
    }
}
