package se.helhet.platform.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import se.helhet.platform.InvalidInputException;

/**
 * Wrong input that reaches a page through its address (a mistyped date in a link, a download with a wrong
 * filter) gets a page saying what is wrong, not a server error. Forms handle their own errors beside the
 * fields; the API answers with problem+json ({@link ApiExceptionHandler}, which comes first).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageInputErrors {

    @ExceptionHandler(InvalidInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(InvalidInputException e, Model model) {
        model.addAttribute("problems", e.problems());
        return "error/400";
    }
}
