package org.claimtracker.api;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.HttpMethod;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers requests under {@code /api} that no endpoint serves, so that they too get a problem detail rather than
 * the generic error body: any real endpoint's pattern is more specific and wins. The API is read-only, so a write
 * method anywhere under {@code /api} is a 405 naming GET.
 */
@Hidden
@RestController
class UnknownApiPathController {

    @RequestMapping(path = "/api/**", method = {RequestMethod.GET, RequestMethod.HEAD, RequestMethod.POST,
            RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE})
    void unknown(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
        if (!HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())) {
            throw new HttpRequestMethodNotSupportedException(request.getMethod(), Set.of("GET", "HEAD"));
        }
        throw new NotFoundException("API endpoint", request.getRequestURI());
    }
}
