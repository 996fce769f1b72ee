package se.helhet.platform.web;

import static se.helhet.platform.UserTexts.text;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import se.helhet.platform.ConflictException;
import tools.jackson.core.JacksonException;
import se.helhet.platform.FieldProblem;
import se.helhet.platform.InvalidInputException;
import se.helhet.platform.NotFoundException;

/** Every API error as application/problem+json; invalid input names each field in {@code errors}. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        return invalid(e.problems());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
        return invalid(e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), "problem.value.invalid"))
                .toList());
    }

    /** A value of the wrong type (a date that is not a date, an unknown code) is named by its JSON field. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        JacksonException json = jsonProblem(e);
        if (json != null) {
            String field = json.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return invalid(List.of(new FieldProblem(field, "problem.value.wrong-form-or-choice")));
        }
        return problem(HttpStatus.BAD_REQUEST, text("problem.unreadable.title"), text("problem.unreadable.detail"));
    }

    private static JacksonException jsonProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException json && !json.getPath().isEmpty()) {
                return json;
            }
        }
        return null;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        return invalid(List.of(new FieldProblem(e.getName(), "problem.value.wrong-form")));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, text("problem.conflict.title"), e.userMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, text("problem.not-found.title"), e.userMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, text("problem.forbidden.title"), text("problem.forbidden.detail"));
    }

    private static ResponseEntity<ProblemDetail> invalid(List<FieldProblem> problems) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.BAD_REQUEST, text("problem.invalid.title"),
                text("problem.invalid.detail"));
        response.getBody().setProperty("errors",
                problems.stream().map(p -> new FieldError(p.field(), p.message())).toList());
        return response;
    }

    /** One field's problem as the API shows it, in the language the client asked for. */
    record FieldError(String field, String message) {
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        body.setType(URI.create("about:blank"));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
