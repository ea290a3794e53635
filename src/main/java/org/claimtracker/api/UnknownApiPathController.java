package org.claimtracker.api;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers GET requests for paths under {@code /api} that no endpoint serves, so that they too get a problem detail
 * rather than the HTML error page; any real endpoint's pattern is more specific and wins.
 */
@Hidden
@RestController
class UnknownApiPathController {

    @GetMapping("/api/**")
    void unknown(HttpServletRequest request) {
        throw new NotFoundException("API endpoint", request.getRequestURI());
    }
}
