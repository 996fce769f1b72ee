package se.helhet.common;

import java.io.Serial;

/**
 * Thrown when a personnummer or samordningsnummer cannot be accepted. The message is Swedish and written
 * for the social worker, so it can be shown as is next to the form field.
 */
public class InvalidIdentityNumberException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public InvalidIdentityNumberException(String message) {
        super(message);
    }
}
