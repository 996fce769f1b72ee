package se.helhet.common;

import java.io.Serial;

/**
 * Thrown when a personnummer or samordningsnummer cannot be accepted. The message is the key of the text for the
 * social worker ({@code common.pin.*}), shown next to the form field in the language of the page.
 */
public class InvalidIdentityNumberException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public InvalidIdentityNumberException(String message) {
        super(message);
    }
}
