package org.claimtracker.api;

import java.util.Optional;

import org.claimtracker.statement.InvalidParameterException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns errors in this package's controllers into RFC 9457 problem details ({@code application/problem+json}) with
 * a {@code parameter} property naming the request parameter at fault, so a script can tell its caller what to fix.
 * Scoped to this package: the web pages have their own HTML error handling.
 */
@RestControllerAdvice(basePackageClasses = ApiProblemHandler.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    static final String PARAMETER = "parameter";

    @ExceptionHandler
    ProblemDetail invalidParameter(InvalidParameterException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid parameter");
        problem.setProperty(PARAMETER, e.parameter());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    /** Spring's own exceptions (missing parameter, type mismatch, ...) get their problem detail named, too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            parameterOf(e).ifPresent(name -> problem.setProperty(PARAMETER, name));
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = parameterOf(e).orElse("value");
        // The default detail names the Java type; say what the caller should send instead.
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                name + " must be " + expected(e.getRequiredType()) + ", not '" + e.getValue() + "'");
        problem.setTitle("Invalid parameter");
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    private static Optional<String> parameterOf(Exception e) {
        if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            return Optional.of(mismatch.getName());
        }
        if (e instanceof TypeMismatchException mismatch) {
            return Optional.ofNullable(mismatch.getPropertyName());
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return Optional.of(missing.getParameterName());
        }
        if (e instanceof MissingPathVariableException missing) {
            return Optional.of(missing.getVariableName());
        }
        return Optional.empty();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
            return "a whole number";
        }
        return "a valid " + type.getSimpleName();
    }
}
