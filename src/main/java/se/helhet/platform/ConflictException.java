package se.helhet.platform;

/** The request collides with what is already recorded (a duplicate, a newer version). */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
public class ConflictException extends RuntimeException {

    public ConflictException(String detail) {
        super(detail);
    }
}
