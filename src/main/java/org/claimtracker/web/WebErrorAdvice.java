package org.claimtracker.web;

import org.claimtracker.statement.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns unknown ids and bad parameters into the site's 404 and 400 pages. Scoped to this package, so the JSON API
 * answers its own errors with problem details.
 */
@ControllerAdvice(basePackageClasses = WebErrorAdvice.class)
class WebErrorAdvice {

    @ExceptionHandler(PageNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(PageNotFoundException e, Model model) {
        model.addAttribute("what", e.getMessage());
        return "error/404";
    }

    @ExceptionHandler(InvalidParameterException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalidParameter(InvalidParameterException e, Model model) {
        return badRequest(model, e.parameter(), e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String typeMismatch(MethodArgumentTypeMismatchException e, Model model) {
        String expected = e.getRequiredType() == null ? "another value" : switch (e.getRequiredType().getSimpleName()) {
            case "long", "Long", "int", "Integer" -> "a whole number";
            default -> "a " + e.getRequiredType().getSimpleName();
        };
        return badRequest(model, e.getName(), e.getName() + " must be " + expected + ", not '" + e.getValue() + "'");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String missing(MissingServletRequestParameterException e, Model model) {
        return badRequest(model, e.getParameterName(), e.getParameterName() + " is required");
    }

    private static String badRequest(Model model, String parameter, String message) {
        model.addAttribute("parameter", parameter);
        model.addAttribute("message", message);
        return "error/400";
    }
}
