package se.helhet.platform;

import java.util.List;

/** What the request names does not exist; the text for the person is named by its message key. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    private final List<Object> args;

    public NotFoundException(String key, Object... args) {
        super(key);
        this.args = List.of(args);
    }

    public String userMessage() {
        return UserTexts.text(getMessage(), args.toArray());
    }
}
